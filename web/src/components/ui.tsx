'use client';
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { bytes, cpus } from '@/lib/format';

export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'idle';

export function Badge({
  tone = 'idle',
  children,
  testId,
}: {
  tone?: Tone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span className={`badge ${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

const SERVICE_TONE: Record<string, Tone> = {
  PENDING: 'info',
  DEPLOYING: 'info',
  HEALTHY: 'ok',
  DEGRADED: 'warn',
  UPDATING: 'info',
  ROLLING_BACK: 'warn',
  PAUSED: 'warn',
  FAILED: 'bad',
};
const STATE_TONE: Record<string, Tone> = {
  RUNNING: 'ok',
  READY: 'ok',
  HEALTHY: 'ok',
  ACTIVE: 'ok',
  COMPLETED: 'ok',
  STARTING: 'info',
  ASSIGNED: 'info',
  NEW: 'info',
  PENDING: 'warn',
  CREATED: 'info',
  RESTARTING: 'warn',
  PAUSED: 'warn',
  PAUSE: 'warn',
  DRAIN: 'warn',
  UNKNOWN: 'warn',
  UPDATING: 'info',
  ROLLING_BACK: 'warn',
  ROLLBACK_PAUSED: 'warn',
  ROLLED_BACK: 'bad',
  UNHEALTHY: 'bad',
  FAILED: 'bad',
  REJECTED: 'bad',
  DEAD: 'bad',
  DOWN: 'bad',
  EXITED: 'idle',
  SHUTDOWN: 'idle',
  COMPLETE: 'idle',
  ORPHANED: 'idle',
  NONE: 'idle',
};

export const toneOf = (s: string): Tone => SERVICE_TONE[s] ?? STATE_TONE[s] ?? 'idle';
export const label = (s: string): string => s.replace(/_/g, ' ').toLowerCase();

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <Badge tone={toneOf(status)} testId={testId}>
      <span className="dot" aria-hidden="true" />
      {label(status)}
    </Badge>
  );
}

/** A group of nodes' CPU and memory (the whole fleet, or one cluster): capacity, reserved and used. */
export function CpuMemoryBars({
  r,
}: {
  r: {
    totalCpus: number;
    reservedCpus: number;
    usedCpus?: number | null;
    totalMemoryBytes: number;
    reservedMemoryBytes: number;
    usedMemoryBytes?: number | null;
  };
}) {
  return (
    <>
      <CapacityBar
        label="CPU"
        total={r.totalCpus}
        reserved={r.reservedCpus}
        used={r.usedCpus ?? null}
        format={(n) => cpus(n, 2)}
      />
      <CapacityBar
        label="Memory"
        total={r.totalMemoryBytes}
        reserved={r.reservedMemoryBytes}
        used={r.usedMemoryBytes ?? null}
        format={(n) => bytes(n)}
      />
    </>
  );
}

/** Capacity, reserved and used on one bar. */
export function CapacityBar({
  total,
  reserved,
  used,
  label: name,
  format,
}: {
  total: number;
  reserved: number;
  used: number | null | undefined;
  label: string;
  format: (n: number) => string;
}) {
  const p = (n: number) => (total > 0 ? Math.min(100, (n / total) * 100) : 0);
  return (
    <div className="stack" style={{ gap: 4 }}>
      <div className="row between small">
        <strong>{name}</strong>
        <span className="muted num">
          {used !== null && used !== undefined ? `${format(used)} used · ` : ''}
          {format(reserved)} reserved / {format(total)}
        </span>
      </div>
      <div
        className="bar"
        role="meter"
        aria-label={`${name} reserved`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reserved}
        aria-valuetext={`${format(reserved)} of ${format(total)} reserved${used != null ? `, ${format(used)} used` : ''}`}
      >
        <div className="res" style={{ width: `${p(reserved)}%` }} />
        {used !== null && used !== undefined && <div className="used" style={{ width: `${p(used)}%` }} />}
      </div>
    </div>
  );
}

export function ProgressBar({
  done,
  failed = 0,
  total,
  label: name,
  testId,
}: {
  done: number;
  failed?: number;
  total: number;
  label: string;
  testId?: string;
}) {
  const p = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const f = total > 0 ? Math.min(100 - p, (failed / total) * 100) : 0;
  return (
    <div
      className="bar progress"
      role="progressbar"
      aria-label={name}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      data-testid={testId}
      title={`${done}/${total}${failed ? `, ${failed} failed` : ''}`}
    >
      <div className="fill" style={{ width: `${p}%` }} />
      {f > 0 && <div className="fail" style={{ left: `${p}%`, width: `${f}%` }} />}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

export function ErrorBanner({ error, retry }: { error: string | null | undefined; retry?: () => void }) {
  if (!error) return null;
  return (
    <div className="banner bad row between" role="alert">
      <span>{error}</span>
      {retry && (
        <button type="button" className="small" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

/**
 * Long work that failed (a pull, a backup or restore, a rollout rolled back): the reason, and a
 * link to the event on the events page (lib/event-href.ts) to read it in its context.
 */
export function FailureBanner({ reason, href, testId }: { reason: string; href: string; testId?: string }) {
  return (
    <div className="banner bad" role="alert" data-testid={testId}>
      {reason}{' '}
      <Link href={href} data-testid={testId ? `${testId}-event` : undefined}>
        See the event
      </Link>
    </div>
  );
}

/** The foot of a paged list: one button that fetches the next older page. */
export function LoadOlder({
  loading,
  onLoad,
  testId,
}: {
  loading: boolean;
  onLoad: () => void;
  testId: string;
}) {
  return (
    <div className="row" style={{ padding: 12, justifyContent: 'center' }}>
      <button type="button" onClick={onLoad} disabled={loading} data-testid={testId}>
        {loading ? 'Loading…' : 'Load older'}
      </button>
    </div>
  );
}

export function Skeleton({ height = 120 }: { height?: number }) {
  return <div className="skeleton" style={{ height }} aria-busy="true" aria-label="Loading" />;
}

/**
 * A button that asks first, in a modal <dialog> (focus is trapped and Esc cancels); the
 * confirm button gets focus so Enter confirms.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel = 'Confirm',
  danger,
  onConfirm,
  disabled,
  className,
  testId,
}: {
  children: ReactNode;
  title: string;
  body?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className ?? (danger ? 'danger' : undefined)}
        disabled={disabled || busy}
        onClick={() => ref.current?.showModal()}
        data-testid={testId}
      >
        {children}
      </button>
      <dialog ref={ref} aria-labelledby={undefined} aria-label={title}>
        <h2>{title}</h2>
        {body && (
          <div className="muted" style={{ marginBottom: 14 }}>
            {body}
          </div>
        )}
        <form method="dialog" className="row" style={{ justifyContent: 'flex-end' }}>
          <button value="cancel">Cancel</button>
          <button
            value="ok"
            autoFocus
            className={danger ? 'danger solid' : 'primary'}
            onClick={async (e) => {
              e.preventDefault();
              setBusy(true);
              try {
                await onConfirm();
              } finally {
                setBusy(false);
                ref.current?.close();
              }
            }}
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}

/** Re-renders every `ms` (for "5s ago" labels). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
