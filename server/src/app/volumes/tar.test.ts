import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFirstFile, packSingleFile } from './tar.js';

async function collect(r: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of r) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

async function* chunks(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe('tar', () => {
  const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));

  it('packs one file that extracts back, in any chunking', async () => {
    const tar = await collect(packSingleFile('backup.tar', data.length, chunks(data, 4096)));
    expect(tar.length % 512).toBe(0);
    for (const size of [1, 100, 511, 512, 513, 65536]) {
      const got: Buffer[] = [];
      const e = await extractFirstFile(chunks(tar, size), (c) => void got.push(Buffer.from(c)));
      expect(e).toEqual({ name: 'backup.tar', size: data.length });
      expect(Buffer.concat(got).equals(data)).toBe(true);
    }
  });

  it('is read by the system tar', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    try {
      const tar = await collect(packSingleFile('f.bin', data.length, chunks(data, 1000)));
      fs.writeFileSync(path.join(dir, 'a.tar'), tar);
      execFileSync('tar', ['-xf', 'a.tar'], { cwd: dir });
      expect(fs.readFileSync(path.join(dir, 'f.bin')).equals(data)).toBe(true);
      // and the other way: a system tar with a directory entry first
      fs.mkdirSync(path.join(dir, 'd'));
      fs.writeFileSync(path.join(dir, 'd', 'x.txt'), 'hello');
      execFileSync('tar', ['-cf', 'b.tar', 'd'], { cwd: dir });
      const got: Buffer[] = [];
      const e = await extractFirstFile(
        chunks(fs.readFileSync(path.join(dir, 'b.tar')), 700),
        (c) => void got.push(Buffer.from(c)),
      );
      expect(e.name).toBe('d/x.txt');
      expect(Buffer.concat(got).toString()).toBe('hello');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an archive without a file', async () => {
    await expect(extractFirstFile(chunks(Buffer.alloc(1024), 512), () => {})).rejects.toThrow(
      /no regular file/,
    );
  });
});
