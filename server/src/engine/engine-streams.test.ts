import { describe, expect, it } from 'vitest';
import { JsonLineSplitter } from './json-lines.js';
import { LogDemuxer } from './log-demux.js';
import type { LogLine } from './types.js';

/** One frame of the engine's multiplexed stream: type (1 stdout, 2 stderr), 3 zeros, length. */
function frame(type: 1 | 2, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h[0] = type;
  h.writeUInt32BE(payload.length, 4);
  return Buffer.concat([h, payload]);
}

/** Every way to cut `data` in two, and bytes one at a time. */
function cuts(data: Buffer): Buffer[][] {
  const out: Buffer[][] = [];
  for (let i = 1; i < data.length; i++) out.push([data.subarray(0, i), data.subarray(i)]);
  out.push([...data].map((b) => Buffer.from([b])));
  return out;
}

async function demux(tty: boolean, chunks: Buffer[]): Promise<LogLine[]> {
  const lines: LogLine[] = [];
  const d = new LogDemuxer(tty, (l) => lines.push(l));
  for (const c of chunks) d.push(c);
  await d.end();
  return lines;
}

describe('engine streams', () => {
  const ts = '2026-12-03T18:00:00.123456789Z';

  it('JSON lines: a multi-byte character cut between two chunks comes out whole', async () => {
    const text = `${JSON.stringify({ name: 'café ☕ 𝄞' })}\n\n{torn\n${JSON.stringify({ n: 2 })}\n`;
    const data = Buffer.from(text, 'utf8');
    // the cut points inside a character are the ones the old splitter (chunk.toString()) broke
    const inside = [...text].reduce<number[]>((acc, ch, i, all) => {
      const start = Buffer.byteLength(all.slice(0, i).join(''));
      for (let k = 1; k < Buffer.byteLength(ch); k++) acc.push(start + k);
      return acc;
    }, []);
    expect(inside.length).toBeGreaterThan(5);
    for (const chunks of cuts(data)) {
      const items: unknown[] = [];
      const s = new JsonLineSplitter<unknown>((i) => items.push(i));
      for (const c of chunks) s.push(c);
      await s.end();
      expect(items).toEqual([{ name: 'café ☕ 𝄞' }, { n: 2 }]);
    }
  });

  it('JSON lines: a last line without a newline is delivered at the end', async () => {
    const items: unknown[] = [];
    const s = new JsonLineSplitter<unknown>((i) => items.push(i));
    s.push('{"a":1}\n{"b"');
    s.push(':2}');
    await s.end();
    expect(items).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('logs: frames demultiplexed to stdout and stderr, a character split across frames and chunks', async () => {
    const out = Buffer.from(`${ts} héllo wörld ☕\n${ts} second\n`, 'utf8');
    const at = out.indexOf(Buffer.from('☕')) + 1; // the program wrote the cup in two writes
    const data = Buffer.concat([
      frame(1, out.subarray(0, at)),
      frame(2, Buffer.from(`${ts} érr\r\n`, 'utf8')),
      frame(1, out.subarray(at)),
      frame(2, Buffer.from(`${ts} no newline`, 'utf8')),
    ]);
    const want = [
      { stream: 'stderr', timestamp: new Date(ts), message: 'érr' },
      { stream: 'stdout', timestamp: new Date(ts), message: 'héllo wörld ☕' },
      { stream: 'stdout', timestamp: new Date(ts), message: 'second' },
      { stream: 'stderr', timestamp: new Date(ts), message: 'no newline' },
    ];
    for (const chunks of [[data], ...cuts(data).filter((_, i) => i % 7 === 0)]) {
      const lines = await demux(false, chunks);
      const byStream = (s: string) => lines.filter((l) => l.stream === s);
      expect(byStream('stdout')).toEqual(want.filter((l) => l.stream === 'stdout'));
      expect(byStream('stderr')).toEqual(want.filter((l) => l.stream === 'stderr'));
    }
  });

  it('logs with a TTY: one stream, a character split between chunks, lines without a time kept', async () => {
    const data = Buffer.from(`${ts} ünïcode 🚢\r\nplain line\n`, 'utf8');
    for (const chunks of cuts(data)) {
      expect(await demux(true, chunks)).toEqual([
        { stream: 'stdout', timestamp: new Date(ts), message: 'ünïcode 🚢' },
        { stream: 'stdout', timestamp: new Date(0), message: 'plain line' },
      ]);
    }
  });
});
