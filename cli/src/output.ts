/**
 * Output as the Docker CLI prints it: a table with its column headers in capitals, columns padded
 * to their widest cell and three spaces apart, or with --json the data as the API gave it.
 */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [
    headers.map((h) => h.toUpperCase()),
    ...rows.map((r) => r.map((c) => (c == null ? '' : String(c)))),
  ];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

export function printTable(headers: string[], rows: (string | number | null | undefined)[][]): void {
  process.stdout.write(table(headers, rows) + '\n');
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** One JSON value per line, for streams (events -f, logs -f). */
export function printJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

/** Short ids: a UUID's first group, else Docker's 12 characters (container ids). */
export const shortId = (id: string | null | undefined) =>
  !id ? '' : /^[0-9a-f]{8}-/.test(id) ? id.slice(0, 8) : id.slice(0, 12);

/** "3 seconds ago", "5 minutes ago", as docker ps. */
export function ago(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const unit = (n: number, u: string) => `${n} ${u}${n === 1 ? '' : 's'} ago`;
  if (s < 60) return s < 2 ? 'Less than a second ago' : unit(s, 'second');
  if (s < 3600) return unit(Math.round(s / 60), 'minute');
  if (s < 86400) return unit(Math.round(s / 3600), 'hour');
  return unit(Math.round(s / 86400), 'day');
}

/** 1.5GiB, 512MiB, as docker prints sizes. */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v >= 10 ? 0 : 1)}${units[i]}`;
}

/** CamelCase words of an enum (RUNNING → Running), as docker writes states. */
export const word = (s: string | null | undefined) => (s ? s.charAt(0) + s.slice(1).toLowerCase() : '');
