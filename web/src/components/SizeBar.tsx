/** A size as a bar against the largest in view (a meter, so it reads as a figure too). */
export function SizeBar({ value, max, label }: { value: number; max: number; label: string }) {
  const p = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      className="bar"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      style={{ height: 6, marginTop: 3 }}
    >
      <div
        className="res"
        style={{ width: `${Math.max(p, value > 0 ? 1 : 0)}%`, background: 'var(--bar-used)' }}
      />
    </div>
  );
}
