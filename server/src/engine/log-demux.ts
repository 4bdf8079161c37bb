import { PassThrough, type Transform } from 'node:stream';
import Modem from 'docker-modem';
import split2 from 'split2';
import type { LogLine } from './types.js';

type StreamName = 'stdout' | 'stderr';

/**
 * Decodes the engine's log stream into lines. Without a TTY the stream is multiplexed (frames of
 * an 8-byte header, then the payload), which docker-modem's `demuxStream` (dockerode's own) splits
 * into stdout and stderr; each is then cut into lines by split2, which decodes UTF-8 across frame
 * and chunk boundaries (a character the program wrote in two writes, or the socket delivered in
 * two chunks, comes out whole). With a TTY everything is stdout. With timestamps on, each line
 * begins with an RFC3339Nano time.
 */
export class LogDemuxer {
  private readonly input = new PassThrough();
  private readonly lines: Record<StreamName, Transform>;
  private readonly done: Promise<unknown>;

  constructor(tty: boolean, onLine: (l: LogLine) => void) {
    const split = (stream: StreamName) => {
      const t = split2((raw: string) => toLine(stream, raw));
      t.on('data', onLine);
      return t;
    };
    this.lines = { stdout: split('stdout'), stderr: split('stderr') };
    if (tty) {
      this.input.pipe(this.lines.stdout);
      this.lines.stderr.end();
    } else {
      Modem.prototype.demuxStream(this.input, this.lines.stdout, this.lines.stderr);
      // demuxStream only writes: the end of the input ends both outputs.
      this.input.on('end', () => {
        this.lines.stdout.end();
        this.lines.stderr.end();
      });
    }
    this.done = Promise.all(
      (['stdout', 'stderr'] as const).map(
        (s) => new Promise<void>((resolve) => this.lines[s].on('end', resolve).on('close', resolve)),
      ),
    );
  }

  push(chunk: Buffer): void {
    this.input.write(chunk);
  }

  /** No more input: resolves once every line, a last one without a newline included, is out. */
  async end(): Promise<void> {
    this.input.end();
    await this.done;
  }
}

function toLine(stream: StreamName, raw: string): LogLine {
  const line = raw.replace(/\r$/, '');
  const sp = line.indexOf(' ');
  const ts = sp > 0 ? new Date(line.slice(0, sp)) : new Date(NaN);
  if (!Number.isNaN(ts.getTime())) return { stream, timestamp: ts, message: line.slice(sp + 1) };
  return { stream, timestamp: new Date(0), message: line };
}
