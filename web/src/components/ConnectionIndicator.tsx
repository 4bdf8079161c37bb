'use client';
import { useEffect, useState } from 'react';
import { useConnection } from '@/lib/connection';
import { useConnectionStore } from '@/lib/live';

/**
 * The live stream's health: connected, reconnecting (with the attempt count) or down, how long
 * it was out and how many times it came back. Announced politely to screen readers.
 */
export function ConnectionIndicator() {
  const c = useConnection(useConnectionStore());
  const [, tick] = useState(0);
  useEffect(() => {
    if (c.state === 'connected') return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [c.state]);
  const outFor = c.droppedAt ? Math.round((Date.now() - c.droppedAt) / 1000) : 0;
  let text: string;
  switch (c.state) {
    case 'connected':
      text = c.reconnects ? `Live · resumed ${c.reconnects}×` : 'Live';
      break;
    case 'reconnecting':
      text = `Reconnecting… attempt ${c.retries}${outFor ? ` · down ${outFor}s` : ''}`;
      break;
    case 'closed':
      text = `Disconnected${outFor ? ` ${outFor}s` : ''}${c.lastCloseReason ? ` (${c.lastCloseReason})` : ''}`;
      break;
    case 'connecting':
      text = 'Connecting…';
      break;
    default:
      text = 'Offline';
  }
  return (
    <span
      className={`conn ${c.state}`}
      role="status"
      aria-live="polite"
      data-testid="connection"
      data-state={c.state}
      data-retries={c.retries}
      title={c.connectedAt ? `Last connected ${new Date(c.connectedAt).toLocaleTimeString()}` : undefined}
    >
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
