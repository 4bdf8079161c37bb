'use client';

let leaving = false;

/**
 * Replaces this page with a full load of `url`, once per page load. Signing out, a query the
 * server refuses and a socket it closes all lead away at about the same moment, and a second
 * `location.assign` aborts the navigation the first one started. `before` (the sign-out request,
 * whose answer clears the session cookie) runs first, with every other way out already held back.
 */
export async function leavePage(url: string, before?: () => Promise<unknown>): Promise<void> {
  if (typeof window === 'undefined' || leaving) return;
  leaving = true;
  try {
    await before?.();
  } finally {
    window.location.assign(url);
  }
}
