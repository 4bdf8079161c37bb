'use client';
import s from './access.module.css';

export type Level = 'ok' | 'warn' | 'bad' | 'none';

/** ok below 80 %, warn from 80 %, bad from 95 % (or over); none: no limit. */
export function levelOf(used: number, max: number | null | undefined): Level {
  if (max === null || max === undefined) return 'none';
  if (max <= 0) return used > 0 ? 'bad' : 'ok';
  const r = used / max;
  return r >= 0.95 ? 'bad' : r >= 0.8 ? 'warn' : 'ok';
}

/**
 * One resource against its limit: a bar filled to used / max, green, amber from 80 %, red from
 * 95 %; without a limit a hatched bar says "unlimited".
 */
export function UseBar({
  label,
  used,
  max,
  format,
  testId,
}: {
  label: string;
  used: number;
  max: number | null | undefined;
  format: (n: number) => string;
  testId?: string;
}) {
  const level = levelOf(used, max);
  const limited = max !== null && max !== undefined;
  const pct = limited ? (max > 0 ? Math.min(100, (used / max) * 100) : used > 0 ? 100 : 0) : 100;
  const text = limited
    ? `${format(used)} of ${format(max)}${max > 0 ? ` (${Math.round((used / max) * 100)}%)` : ''}`
    : `${format(used)}, no limit`;
  return (
    <div className={s.use} data-testid={testId} data-level={level} data-used={used} data-max={max ?? ''}>
      <div className={s.useHead}>
        <strong>{label}</strong>
        <span className="num">
          <span className={s.useLevel} data-level={level}>
            {format(used)}
          </span>
          <span className="muted"> / {limited ? format(max) : '∞'}</span>
        </span>
      </div>
      <div
        className={s.useTrack}
        role="meter"
        aria-label={`${label} used`}
        aria-valuemin={0}
        aria-valuemax={limited ? max : undefined}
        aria-valuenow={used}
        aria-valuetext={text}
        title={text}
      >
        <div className={s.useFill} data-level={level} style={{ width: `${limited ? pct : 100}%` }} />
        {limited && <div className={s.useTicks} />}
      </div>
    </div>
  );
}
