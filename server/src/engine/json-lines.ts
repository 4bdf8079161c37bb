/** Splits an engine's newline-delimited JSON stream (events, stats) into parsed objects. */
export class JsonLineSplitter<T> {
  private rest = '';
  constructor(private readonly onItem: (item: T) => void) {}

  push(chunk: Buffer | string): void {
    this.rest += chunk.toString();
    let nl: number;
    while ((nl = this.rest.indexOf('\n')) >= 0) {
      const line = this.rest.slice(0, nl).trim();
      this.rest = this.rest.slice(nl + 1);
      if (!line) continue;
      let item: T;
      try {
        item = JSON.parse(line) as T;
      } catch {
        continue; // a torn line from a broken stream is dropped, not fatal
      }
      this.onItem(item);
    }
  }
}
