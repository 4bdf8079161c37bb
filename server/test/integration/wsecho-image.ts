import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { docker } from './harness.js';

const run = promisify(execFile);
const SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wsecho', 'wsecho.c');

/** The WebSocket echo image of the ingress tests: wsecho/wsecho.c, static, alone in its image. */
export const WSECHO_IMAGE = 'local/wsecho:test';

/**
 * Builds local/wsecho:test on each node unless it holds the build of this very source already
 * (label stevedore.build = the source's hash): `gcc -static`, the binary as the only file of a
 * rootfs tarball, `docker import` with its CMD. Needs gcc and a static libc (libc6-dev).
 */
export async function wsechoImage(nodes: readonly string[]): Promise<string> {
  const source = fs.readFileSync(SOURCE);
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const stale: string[] = [];
  for (const n of nodes) {
    const label = await docker(
      n,
      'image',
      'inspect',
      '-f',
      '{{index .Config.Labels "stevedore.build"}}',
      WSECHO_IMAGE,
    ).catch(() => '');
    if (label !== hash) stale.push(n);
  }
  if (!stale.length) return WSECHO_IMAGE;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsecho-'));
  try {
    fs.mkdirSync(path.join(dir, 'rootfs'));
    await run('gcc', ['-static', '-O2', '-o', path.join(dir, 'rootfs', 'wsecho'), SOURCE], {
      timeout: 120_000,
    });
    await run('tar', [
      '--numeric-owner',
      '--owner=0',
      '--group=0',
      '-C',
      path.join(dir, 'rootfs'),
      '-cf',
      path.join(dir, 'rootfs.tar'),
      '.',
    ]);
    for (const n of stale)
      await docker(
        n,
        'import',
        '-c',
        'CMD ["/wsecho"]',
        '-c',
        'EXPOSE 8080',
        '-c',
        `LABEL stevedore.build=${hash}`,
        path.join(dir, 'rootfs.tar'),
        WSECHO_IMAGE,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return WSECHO_IMAGE;
}
