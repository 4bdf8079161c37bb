'use client';
import { useSyncExternalStore } from 'react';

/** The live stream's state, as the graphql-ws client reports it. */
export type LinkState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface ConnectionSnapshot {
  state: LinkState;
  /** Reconnect attempts since the link was last up (0 while connected). */
  retries: number;
  /** Times the link came back after a drop, this page load. */
  reconnects: number;
  /** When the link last dropped (ms epoch), null if never. */
  droppedAt: number | null;
  /** When the link was last acknowledged by the server (ms epoch). */
  connectedAt: number | null;
  /** The close reason of the last drop, e.g. "1006 abnormal closure". */
  lastCloseReason: string | null;
}

const initial: ConnectionSnapshot = {
  state: 'idle',
  retries: 0,
  reconnects: 0,
  droppedAt: null,
  connectedAt: null,
  lastCloseReason: null,
};

/** A tiny external store: the ws client writes, the indicator (and anything else) reads. */
export class ConnectionStore {
  private snap: ConnectionSnapshot = initial;
  private readonly listeners = new Set<() => void>();

  get = (): ConnectionSnapshot => this.snap;
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  private set(patch: Partial<ConnectionSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  connecting(isRetry: boolean): void {
    if (isRetry || this.snap.droppedAt !== null)
      this.set({ state: 'reconnecting', retries: this.snap.retries + 1 });
    else this.set({ state: 'connecting' });
  }
  connected(wasRetry: boolean): void {
    const back = wasRetry || this.snap.droppedAt !== null;
    this.set({
      state: 'connected',
      retries: 0,
      connectedAt: Date.now(),
      reconnects: back && this.snap.state !== 'connected' ? this.snap.reconnects + 1 : this.snap.reconnects,
    });
  }
  closed(reason: string): void {
    if (
      this.snap.state === 'connected' ||
      this.snap.state === 'connecting' ||
      this.snap.state === 'reconnecting'
    )
      this.set({
        state: 'closed',
        droppedAt: this.snap.state === 'connected' ? Date.now() : (this.snap.droppedAt ?? Date.now()),
        lastCloseReason: reason,
      });
  }
}

const serverSnap = (): ConnectionSnapshot => initial;

export function useConnection(store: ConnectionStore): ConnectionSnapshot {
  return useSyncExternalStore(store.subscribe, store.get, serverSnap);
}
