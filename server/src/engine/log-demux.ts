import type { LogLine } from './types.js';

/**
 * Decodes the engine's multiplexed log stream: without a TTY each frame is an 8-byte header
 * (stream type, 3 zero bytes, big-endian length) then the payload. With timestamps on, each line
 * begins with an RFC3339Nano time. Frames and lines may be split across chunks.
 */
export class LogDemuxer {
  private buf: Buffer = Buffer.alloc(0);
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };

  constructor(
    private readonly tty: boolean,
    private readonly onLine: (l: LogLine) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.tty) return this.text('stdout', chunk.toString('utf8'));
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    while (this.buf.length >= 8) {
      const size = this.buf.readUInt32BE(4);
      if (this.buf.length < 8 + size) break;
      const type = this.buf[0];
      const payload = this.buf.subarray(8, 8 + size).toString('utf8');
      this.buf = this.buf.subarray(8 + size);
      this.text(type === 2 ? 'stderr' : 'stdout', payload);
    }
  }

  end(): void {
    for (const s of ['stdout', 'stderr'] as const) {
      if (this.partial[s]) this.emit(s, this.partial[s]);
      this.partial[s] = '';
    }
  }

  private text(stream: 'stdout' | 'stderr', s: string): void {
    const all = this.partial[stream] + s;
    const parts = all.split('\n');
    this.partial[stream] = parts.pop() ?? '';
    for (const p of parts) this.emit(stream, p);
  }

  private emit(stream: 'stdout' | 'stderr', raw: string): void {
    const line = raw.replace(/\r$/, '');
    const sp = line.indexOf(' ');
    const ts = sp > 0 ? new Date(line.slice(0, sp)) : new Date(NaN);
    if (!Number.isNaN(ts.getTime())) this.onLine({ stream, timestamp: ts, message: line.slice(sp + 1) });
    else this.onLine({ stream, timestamp: new Date(0), message: line });
  }
}
