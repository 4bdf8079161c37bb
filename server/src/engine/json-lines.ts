import type { Transform } from 'node:stream';
import split2 from 'split2';

/**
 * Splits an engine's newline-delimited JSON stream (events, stats) into parsed objects, through
 * split2: bytes are decoded across chunk boundaries (a character split between two chunks comes out
 * whole), blank lines are skipped and a torn line from a broken stream is dropped, not fatal.
 * Items arrive in order, as their lines complete.
 */
export class JsonLineSplitter<T> {
  private readonly lines: Transform;

  constructor(onItem: (item: T) => void) {
    this.lines = split2((line: string): T | undefined => {
      if (!line.trim()) return undefined;
      try {
        return JSON.parse(line) as T;
      } catch {
        return undefined;
      }
    });
    this.lines.on('data', (item: T) => onItem(item));
  }

  push(chunk: Buffer | string): void {
    this.lines.write(chunk);
  }

  /** Ends the stream; resolves once the last line (without a newline) is parsed and delivered. */
  end(): Promise<void> {
    return new Promise((resolve) => this.lines.end(resolve));
  }
}
