import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointOf, uniq, waitFor } from './harness.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
// The first run builds the base image (a few minutes) and the Stevedore image (npm ci and the
// build, several more); later runs reuse both while the package manifests stay the same.
const BUILD_TIMEOUT_MS = 25 * 60_000;

/**
 * docker-compose.yml brought up for real (STEVEDORE_TEST_COMPOSE=1; npm run test:compose): the
 * control plane, the dashboard and Redis on engine n1 as "the host's engine", built on a base made
 * here without a registry (scripts/compose-base.sh: debootstrap + this machine's Node, also
 * standing in for the Redis image). Its own compose project name; it removes what it started.
 */
describe.skipIf(!process.env.STEVEDORE_TEST_COMPOSE)('docker-compose.yml', () => {
  const project = uniq('sdcompose').toLowerCase();
  const apiPort = process.env.STEVEDORE_TEST_COMPOSE_API_PORT ?? '4340';
  const webPort = process.env.STEVEDORE_TEST_COMPOSE_WEB_PORT ?? '4341';
  const socket = endpointOf('n1').replace(/^unix:\/\//, '');
  let env: NodeJS.ProcessEnv = {};

  async function compose(args: string[], timeout = 120_000): Promise<string> {
    // Compose v2 when the docker CLI has it, else Debian's docker-compose (1.29).
    const v2 = await run('docker', ['compose', 'version'], { env }).then(
      () => true,
      () => false,
    );
    const [cmd, pre] = v2 ? ['docker', ['compose']] : ['docker-compose', []];
    try {
      const { stdout } = await run(cmd, [...pre, '-f', path.join(ROOT, 'docker-compose.yml'), ...args], {
        cwd: ROOT,
        env,
        timeout,
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout;
    } catch (err) {
      // the build's own error (a compiler's message) is on stdout
      const out = String((err as { stdout?: string }).stdout ?? '').slice(-4000);
      throw new Error(`${(err as Error).message}\n${out}`);
    }
  }

  afterAll(async () => {
    if (!env.COMPOSE_PROJECT_NAME) return;
    const logs = await compose(['logs', '--no-color', '--tail', '40']).catch((e: Error) => e.message);
    if (process.env.STEVEDORE_TEST_RESULTS)
      fs.writeFileSync(path.join(process.env.STEVEDORE_TEST_RESULTS, `${project}.log`), logs);
    // Only this project's containers, network and volume; the images stay as the next run's cache.
    await compose(['down', '--volumes', '--remove-orphans', '--timeout', '5']);
  }, 120_000);

  it(
    'docker compose up brings up the API, the dashboard and Redis against the host engine',
    async () => {
      const { stdout } = await run('bash', [path.join(ROOT, 'scripts/compose-base.sh')], {
        env: { ...process.env, DOCKER_HOST: endpointOf('n1') },
        timeout: BUILD_TIMEOUT_MS,
      });
      const base = stdout.trim().split('\n').pop()!;
      expect(base).toMatch(/^stevedore-base:/);
      env = {
        ...process.env,
        DOCKER_HOST: endpointOf('n1'),
        COMPOSE_PROJECT_NAME: project,
        STEVEDORE_NODE_IMAGE: base,
        STEVEDORE_REDIS_IMAGE: base,
        STEVEDORE_IMAGE_TAG: 'compose-test',
        // no registry here: the helper image the engines already hold
        STEVEDORE_HELPER_IMAGE: 'local/busybox:1',
        DOCKER_SOCKET: socket,
        STEVEDORE_API_PORT: apiPort,
        STEVEDORE_WEB_PORT: webPort,
      };
      await compose(['build'], BUILD_TIMEOUT_MS);
      await compose(['up', '-d', '--no-build']);

      const api = `http://127.0.0.1:${apiPort}`;
      await waitFor(() => fetch(`${api}/healthz`).then((r) => r.ok), {
        timeoutMs: 120_000,
        what: 'the API /healthz',
      });
      // The engine it drives is the host's (n1): the node registered from the mounted socket.
      const nodes = await waitFor(
        async () => {
          const r = await fetch(`${api}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ nodes { name status engineVersion } }' }),
          });
          const body = (await r.json()) as {
            data?: { nodes: { name: string; status: string; engineVersion: string | null }[] };
          };
          return body.data?.nodes.find((n) => n.status === 'READY') && body.data.nodes;
        },
        { timeoutMs: 60_000, what: 'a READY node through GraphQL' },
      );
      const info = (
        await run('docker', ['-H', endpointOf('n1'), 'version', '--format', '{{.Server.Version}}'])
      ).stdout;
      expect(nodes.map((n) => n.engineVersion)).toContain(info.trim());
      // Readiness names Redis when it is the pubsub: the control plane reached the redis service.
      const ready = await waitFor(
        async () => {
          const r = await fetch(`${api}/readyz`);
          return r.status === 200 && ((await r.json()) as { checks: { name: string; ok: boolean }[] });
        },
        { timeoutMs: 60_000, what: '/readyz 200' },
      );
      expect(ready.checks.find((c) => c.name === 'redis')).toMatchObject({ ok: true });

      // The dashboard on 0.0.0.0 inside its container, reached on the host port; its server-side
      // rendering reached the API at http://server:4000 (a failed session fetch renders the
      // "API unreachable" state, a reachable one the page).
      const page = await waitFor(
        async () => {
          const r = await fetch(`http://127.0.0.1:${webPort}/`, { redirect: 'manual' });
          return r.status === 200 && (await r.text());
        },
        { timeoutMs: 120_000, what: 'the dashboard' },
      );
      expect(page).toContain('Stevedore');
      expect(page).toContain(`http://127.0.0.1:${apiPort}/graphql`);
    },
    BUILD_TIMEOUT_MS + 10 * 60_000,
  );
});
