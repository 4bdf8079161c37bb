import { once } from 'node:events';
import { Readable } from 'node:stream';
import tar from 'tar-stream';

/**
 * The tar archives Stevedore hands the engines (PUT /containers/{id}/archive) and reads back from
 * them (GET .../archive), through tar-stream: ustar headers with their checksum, names past 100
 * bytes in the ustar prefix or, past that, in a PAX header, and sizes past 8 GiB in base-256.
 * Used by the volume backups (one file streamed in or out) and the secret files (several small
 * files at once).
 */

/** One file of an archive: its bytes at hand, or `size` bytes still to be read from `stream`. */
export interface TarFile {
  name: string;
  /** Permission bits; 0644 when not given. */
  mode?: number;
  mtime?: Date;
  content: Buffer | { size: number; stream: AsyncIterable<Buffer> };
}

async function writeEntry(pack: tar.Pack, f: TarFile, mtime: Date): Promise<void> {
  const header = { name: f.name, mode: f.mode ?? 0o644, uid: 0, gid: 0, mtime: f.mtime ?? mtime };
  if (Buffer.isBuffer(f.content)) {
    const data = f.content;
    await new Promise<void>((resolve, reject) =>
      pack.entry({ ...header, size: data.length }, data, (err) => (err ? reject(err) : resolve())),
    );
    return;
  }
  const { size, stream } = f.content;
  let entry!: ReturnType<tar.Pack['entry']>;
  const done = new Promise<void>((resolve, reject) => {
    entry = pack.entry({ ...header, size }, (err) => (err ? reject(err) : resolve()));
  });
  // Awaited below; an entry failed (or destroyed with its pack) is reported by the pack's error.
  done.catch(() => undefined);
  entry.on('error', () => undefined);
  let written = 0;
  for await (const chunk of stream) {
    written += chunk.length;
    if (written > size) break;
    if (!entry.write(chunk)) await once(entry, 'drain');
  }
  if (written !== size) {
    // packFiles destroys the whole pack with this error (an entry destroyed alone would throw).
    throw new Error(`tar entry ${f.name}: expected ${size} bytes, read ${written}`);
  }
  entry.end(undefined); // streamx typings want an argument; undefined writes nothing
  await done;
}

/** A tar stream of `files`, in order; the stream errors if a streamed file's size is not as told. */
export function packFiles(files: readonly TarFile[], mtime = new Date()): Readable {
  const pack = tar.pack();
  void (async () => {
    try {
      for (const f of files) await writeEntry(pack, f, mtime);
      pack.finalize();
    } catch (err) {
      pack.destroy(err as Error);
    }
  })();
  // tar-stream's streams are streamx ones: hand out a Node stream (the engines' putArchive pipes it).
  return Readable.from(pack as AsyncIterable<Buffer>, { objectMode: false });
}

/** A tar stream holding one file `name` of `size` bytes read from `content`. */
export function packSingleFile(name: string, size: number, content: AsyncIterable<Buffer>): Readable {
  return packFiles([{ name, content: { size, stream: content } }]);
}

/**
 * Streams the first regular file of a tar archive to `onData`; resolves with its name (a PAX or
 * GNU long name included) and size. Entries before it (directories, links) are skipped; the rest
 * of the archive is not read. Rejects when the archive holds no regular file or ends early.
 */
export async function extractFirstFile(
  archive: AsyncIterable<Buffer | string>,
  onData: (chunk: Buffer) => void | Promise<void>,
): Promise<{ name: string; size: number }> {
  const source = Readable.from(archive, { objectMode: false });
  const extract = tar.extract();
  source.on('error', (err) => extract.destroy(err));
  source.pipe(extract);
  let reading: { name: string; size: number } | null = null;
  try {
    for await (const entry of extract) {
      if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      reading = { name: entry.header.name, size: entry.header.size };
      let n = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        n += chunk.length;
        await onData(chunk);
      }
      if (n !== reading.size) throw new Error('short entry');
      return reading;
    }
  } catch (err) {
    if (reading) throw new Error(`the archive ended before its first file did: ${(err as Error).message}`);
    throw err;
  } finally {
    source.unpipe(extract);
    source.destroy();
    extract.destroy();
  }
  throw new Error('the archive holds no regular file');
}
