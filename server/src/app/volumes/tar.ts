import { Readable } from 'node:stream';

/**
 * The little of the tar format the volume backups need: wrap one file in a ustar archive (for
 * PUT /containers/{id}/archive) and take the first regular file out of one (GET .../archive).
 * PAX ('x', 'g') and GNU long-name ('L', 'K') records are skipped.
 */
const BLOCK = 512;

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

export function ustarHeader(name: string, size: number, mtime = new Date()): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  if (size >= 8 ** 11) throw new Error('file too large for a plain ustar header (8 GiB)');
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii');
  h.write(octal(0, 8), 116, 8, 'ascii');
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii'); // checksum counts as spaces
  h.write('0', 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

/** A tar stream holding one file `name` of `size` bytes read from `content`. */
export function packSingleFile(name: string, size: number, content: AsyncIterable<Buffer>): Readable {
  return Readable.from(
    (async function* () {
      yield ustarHeader(name, size);
      let written = 0;
      for await (const chunk of content) {
        written += chunk.length;
        yield chunk;
      }
      if (written !== size) throw new Error(`tar entry ${name}: expected ${size} bytes, read ${written}`);
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      if (pad) yield Buffer.alloc(pad);
      yield Buffer.alloc(BLOCK * 2);
    })(),
  );
}

function parseSize(field: Buffer): number {
  // Base-256 (GNU) for sizes past the octal field: high bit of the first byte set.
  if (field[0]! & 0x80) {
    let n = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
    return n;
  }
  const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
  return text ? parseInt(text, 8) : 0;
}

function isZero(b: Buffer): boolean {
  for (const x of b) if (x !== 0) return false;
  return true;
}

/**
 * Streams the first regular file of a tar archive to `onData`; resolves with its name and size.
 * Rejects when the archive holds no regular file or ends early.
 */
export async function extractFirstFile(
  archive: AsyncIterable<Buffer | string>,
  onData: (chunk: Buffer) => void | Promise<void>,
): Promise<{ name: string; size: number }> {
  let buf = Buffer.alloc(0);
  let state: 'header' | 'skip' | 'file' | 'done' = 'header';
  let remaining = 0;
  let padding = 0;
  let entry: { name: string; size: number } | null = null;
  for await (const raw of archive) {
    buf = buf.length ? Buffer.concat([buf, Buffer.from(raw)]) : Buffer.from(raw);
    for (;;) {
      if (state === 'done') break;
      if (state === 'header') {
        if (buf.length < BLOCK) break;
        const h = buf.subarray(0, BLOCK);
        buf = buf.subarray(BLOCK);
        if (isZero(h)) throw new Error('the archive holds no regular file');
        const size = parseSize(h.subarray(124, 136));
        const type = String.fromCharCode(h[156]!);
        const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === '0' || type === '\0') {
          entry = { name, size };
          state = 'file';
        } else state = 'skip';
        continue;
      }
      // 'skip' or 'file': consume `remaining` bytes, then the padding.
      if (remaining > 0) {
        if (buf.length === 0) break;
        const take = Math.min(remaining, buf.length);
        if (state === 'file') await onData(buf.subarray(0, take));
        buf = buf.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
      }
      if (buf.length < padding) {
        padding -= buf.length;
        buf = Buffer.alloc(0);
        break;
      }
      buf = buf.subarray(padding);
      padding = 0;
      if (state === 'file') state = 'done';
      else state = 'header';
    }
    if (state === 'done') break;
  }
  if (!entry || remaining > 0) throw new Error('the archive ended before its first file did');
  return entry;
}
