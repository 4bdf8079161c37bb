'use client';
import { ago } from '@/lib/format';
import { useNow } from './ui';

/** "12s ago", ticking; the server's rendering may differ by a second, which is fine. */
export function Ago({ iso, tick = 5000 }: { iso: string | null | undefined; tick?: number }) {
  const now = useNow(tick);
  return (
    <time dateTime={iso ?? undefined} title={iso ?? undefined} suppressHydrationWarning>
      {ago(iso, now)}
    </time>
  );
}
