import type { SecretRef } from '../../domain/service.js';
import type { ContainerCreateSpec } from '../../engine/types.js';

const BLOCK = 512;
export const SECRET_ENV_LABEL = 'stevedore.secret-env';

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mode: number, type: '0' | '5', mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii');
  h.write(octal(0, 8), 116, 8, 'ascii');
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii');
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

/**
 * The tar PUT into a created container at `/`: `run/secrets/` (0755) holding one file per
 * secret (0444, owned by root, readable by the container's user as with swarm secrets).
 */
export function secretsArchive(
  files: readonly { target: string; value: Buffer }[],
  mtime = new Date(),
): Buffer {
  const parts: Buffer[] = [header('run/secrets/', 0, 0o755, '5', mtime)];
  for (const f of files) {
    parts.push(header(`run/secrets/${f.target}`, f.value.length, 0o444, '0', mtime), f.value);
    const pad = (BLOCK - (f.value.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/**
 * Secrets asked for as variables, added to the container spec; their names go in a label so
 * the API shows `[secret]` instead of the value (api/container/container.type.ts).
 */
export function withSecretEnv(
  create: ContainerCreateSpec,
  values: readonly { ref: SecretRef; value: Buffer }[],
): ContainerCreateSpec {
  const vars = values.filter((v) => v.ref.env);
  if (!vars.length) return create;
  const env = { ...create.env };
  for (const v of vars) env[v.ref.env!] = v.value.toString('utf8');
  return {
    ...create,
    env,
    labels: { ...create.labels, [SECRET_ENV_LABEL]: vars.map((v) => v.ref.env!).join(',') },
  };
}
