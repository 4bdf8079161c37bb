import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFirstFile, packFiles, packSingleFile } from './tar.js';

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

  it('writes names past 100 bytes (ustar prefix, then PAX) with checksums that tar -t reads back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    try {
      const prefixed = `${'d'.repeat(120)}/${'f'.repeat(90)}.txt`; // 215 bytes: fits prefix + name
      const pax = `${'p'.repeat(150)}/${'q'.repeat(150)}/élan-${'r'.repeat(80)}.bin`; // 388 bytes, UTF-8
      const tar = await collect(
        packFiles([
          { name: prefixed, content: Buffer.from('one') },
          { name: pax, mode: 0o444, content: { size: data.length, stream: chunks(data, 3000) } },
        ]),
      );
      fs.writeFileSync(path.join(dir, 'long.tar'), tar);
      // GNU tar checks each header's checksum and stops with "checksum error" on a bad one.
      const listed = execFileSync('tar', ['-tvf', 'long.tar'], { cwd: dir, encoding: 'utf8' });
      const lines = listed.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^-rw-r--r-- /);
      expect(lines[0]!.endsWith(prefixed)).toBe(true);
      expect(lines[1]).toMatch(/^-r--r--r-- /);
      expect(lines[1]!.endsWith(pax)).toBe(true);
      execFileSync('tar', ['-xf', 'long.tar'], { cwd: dir });
      expect(fs.readFileSync(path.join(dir, pax)).equals(data)).toBe(true);
      // and back: the long name comes out whole from our own reader (from the second entry on:
      // the first one's header and its data block are 1024 bytes)
      const e = await extractFirstFile(chunks(tar.subarray(1024), 333), () => undefined);
      expect(e).toEqual({ name: pax, size: data.length });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the long name of a file the system tar wrote (GNU long-name or PAX record)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    try {
      const deep = path.join('a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60));
      fs.mkdirSync(path.join(dir, deep), { recursive: true });
      fs.writeFileSync(path.join(dir, deep, 'z.txt'), 'deep');
      for (const format of ['gnu', 'posix']) {
        execFileSync('tar', [`--format=${format}`, '-cf', `${format}.tar`, 'a'.repeat(60)], { cwd: dir });
        const got: Buffer[] = [];
        const e = await extractFirstFile(
          chunks(fs.readFileSync(path.join(dir, `${format}.tar`)), 100),
          (c) => void got.push(Buffer.from(c)),
        );
        expect(e).toEqual({ name: path.join(deep, 'z.txt'), size: 4 });
        expect(Buffer.concat(got).toString()).toBe('deep');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails a streamed file whose length is not the size told, and a truncated archive', async () => {
    await expect(collect(packSingleFile('x', 10, chunks(Buffer.alloc(7), 3)))).rejects.toThrow(
      /expected 10 bytes, read 7/,
    );
    await expect(collect(packSingleFile('x', 10, chunks(Buffer.alloc(12), 4)))).rejects.toThrow(
      /expected 10 bytes/,
    );
    const tar = await collect(packSingleFile('big', data.length, chunks(data, 4096)));
    await expect(extractFirstFile(chunks(tar.subarray(0, 5000), 512), () => undefined)).rejects.toThrow(
      /ended before its first file did/,
    );
  });

  it('refuses an archive without a file', async () => {
    await expect(extractFirstFile(chunks(Buffer.alloc(1024), 512), () => {})).rejects.toThrow(
      /no regular file/,
    );
  });
});
