/** Columns holding JSON are parsed defensively: a corrupt row must not crash a list query. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const toIso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
export const fromIso = (s: string | null | undefined): Date | null => (s ? new Date(s) : null);
