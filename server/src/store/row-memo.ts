/**
 * What a repository parsed from a row, kept per id: a row read again with the same values gives
 * the same object back instead of parsing its JSON columns again (a reconcile pass reads every
 * active task a few times, the ingress every service each second; parsing them was most of an
 * idle control plane's CPU). Callers never change a returned object in place: they save a new one.
 */
export class RowMemo<R extends { id: string }, T> {
  private readonly held = new Map<string, { row: R; value: T }>();

  constructor(
    private readonly parse: (row: R) => T,
    /** Past this many ids everything is dropped at once (rows long deleted). */
    private readonly bound = 100_000,
  ) {}

  get(row: R): T {
    const held = this.held.get(row.id);
    if (held && sameRow(held.row, row)) return held.value;
    if (this.held.size >= this.bound) this.held.clear();
    const value = this.parse(row);
    this.held.set(row.id, { row, value });
    return value;
  }
}

/** Whether two reads of a row hold the same columns with the same values. */
function sameRow<R extends object>(a: R, b: R): boolean {
  const keys = Object.keys(a) as (keyof R)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
