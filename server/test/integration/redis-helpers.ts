import { spawn } from 'node:child_process';
import { freePort } from './cluster-helpers.js';
import { waitFor } from './harness.js';

export interface RedisServer {
  port: number;
  url: string;
  /** SIGTERM, resolves once the process has exited (a no-op when it already has). */
  stop(): Promise<void>;
}

/** A redis-server of this test alone on a free loopback port, nothing saved to disk. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const redis = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((r) => redis.once('exit', () => r()));
  let out = '';
  redis.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => out.includes('Ready to accept connections'), {
    what: 'redis-server ready',
    timeoutMs: 15_000,
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (redis.exitCode === null && redis.signalCode === null) redis.kill('SIGTERM');
      await exited;
    },
  };
}
