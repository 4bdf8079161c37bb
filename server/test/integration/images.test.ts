import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docker,
  endpointOf,
  removeLabelled,
  startTestServer,
  uniq,
  waitFor,
  type GqlResult,
  type TestServer,
} from './harness.js';

const TEST_ID = uniq('img');
const TEST_LABEL = `stevedore.test=${TEST_ID}`;
const labels = [{ key: 'stevedore.test', value: TEST_ID }];
/** Every repository these tests create starts with this, so cleanup removes only ours. */
const REPO = `local/t-${TEST_ID}`;
const REGISTRY_BIN = '/usr/bin/docker-registry';

const IMAGE = `id node { name } repoTags repoDigests sizeBytes createdAt labels { key value } containers { id name state }`;

interface ImageView {
  id: string;
  node: { name: string };
  repoTags: string[];
  repoDigests: string[];
  sizeBytes: number;
  createdAt: string;
  containers: { id: string; name: string; state: string }[];
}

const firstError = (r: GqlResult) => r.errors?.[0];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Removes every tag of ours left on a node (repositories under REPO and on the test registry). */
async function removeOurImages(node: string, registry?: string): Promise<void> {
  const refs = (await docker(node, 'images', '--format', '{{.Repository}}:{{.Tag}}'))
    .split('\n')
    .filter((r) => r.startsWith(REPO) || (registry && r.startsWith(`${registry}/`)));
  if (refs.length) await docker(node, 'rmi', '-f', ...refs).catch(() => undefined);
}

describe('images against real engines', () => {
  let s: TestServer;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-images-'));
    s = await startTestServer();
    await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'n2', endpoint: endpointOf('n2') },
    });
  });

  afterAll(async () => {
    await s?.stop();
    for (const n of ['n1', 'n2']) {
      await removeLabelled(n, TEST_LABEL).catch(() => undefined);
      await removeOurImages(n).catch(() => undefined);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('lists images per node, and across nodes naming each node', async () => {
    const one = await s.ok<{ images: { items: ImageView[]; unreachableNodes: unknown[] } }>(
      `{ images(node: "local") { items { ${IMAGE} } unreachableNodes { name } } }`,
    );
    const busybox = one.images.items.find((i) => i.repoTags.includes('local/busybox:1'));
    expect(busybox).toMatchObject({ node: { name: 'local' } });
    expect(busybox!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(busybox!.sizeBytes).toBeGreaterThan(100_000);
    expect(new Set(one.images.items.map((i) => i.node.name))).toEqual(new Set(['local']));

    const all = await s.ok<{ images: { items: ImageView[]; unreachableNodes: unknown[] } }>(
      `{ images { items { ${IMAGE} } unreachableNodes { name reason } } }`,
    );
    expect(all.images.unreachableNodes).toEqual([]);
    const webapps = all.images.items.filter((i) => i.repoTags.includes('local/webapp:v1'));
    expect(webapps.map((i) => i.node.name).sort()).toEqual(['local', 'n2']);
  });

  it('tags an image, shows it and its history, and removes the tag', async () => {
    const tagged = await s.ok<{ tagImage: ImageView }>(
      `mutation($r: String!) { tagImage(node: "local", source: "local/busybox:1", repo: $r, tag: "a") { ${IMAGE} } }`,
      { r: REPO },
    );
    expect(tagged.tagImage.repoTags).toEqual(expect.arrayContaining(['local/busybox:1', `${REPO}:a`]));
    expect(await docker('n1', 'image', 'inspect', '-f', '{{.Id}}', `${REPO}:a`)).toBe(tagged.tagImage.id);

    const got = await s.ok<{ image: ImageView | null }>(
      `query($r: String!) { image(node: "local", ref: $r) { ${IMAGE} } }`,
      {
        r: `${REPO}:a`,
      },
    );
    expect(got.image?.id).toBe(tagged.tagImage.id);
    const none = await s.ok<{ image: ImageView | null }>(
      `{ image(node: "local", ref: "local/nope:1") { id } }`,
    );
    expect(none.image).toBeNull();

    const hist = await s.ok<{
      imageHistory: { id: string; createdBy: string; sizeBytes: number; tags: string[] }[];
    }>(
      `query($r: String!) { imageHistory(node: "local", ref: $r) { id createdAt createdBy sizeBytes tags comment } }`,
      { r: `${REPO}:a` },
    );
    expect(hist.imageHistory.length).toBeGreaterThan(0);
    expect(hist.imageHistory[0]!.tags).toContain(`${REPO}:a`);

    const removed = await s.ok<{ removeImage: string[] }>(
      `mutation($r: String!) { removeImage(node: "local", ref: $r) }`,
      {
        r: `${REPO}:a`,
      },
    );
    expect(removed.removeImage).toEqual([`${REPO}:a`]);
    await expect(docker('n1', 'image', 'inspect', `${REPO}:a`)).rejects.toThrow(/No such image/);
    // The source image is untouched.
    expect(await docker('n1', 'image', 'inspect', '-f', '{{.Id}}', 'local/busybox:1')).toBe(
      tagged.tagImage.id,
    );
  });

  it('refuses bad image input with codes and fields', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        `mutation($r: String!) { tagImage(node: "local", source: "local/busybox:1", repo: $r, tag: "-x") { id } }`,
        { r: 'Bad/Repo' },
        'BAD_USER_INPUT',
        'repo',
      ],
      [
        `mutation($r: String!) { tagImage(node: "local", source: $r, repo: "local/x") { id } }`,
        { r: 'local/nope:1' },
        'NOT_FOUND',
        'source',
      ],
      [
        `mutation($r: String!) { pullImage(node: "local", ref: $r) { id } }`,
        { r: 'Not A Ref' },
        'BAD_USER_INPUT',
        'ref',
      ],
      [
        `mutation($r: String!) { pullImage(node: "no-such-node", ref: $r) { id } }`,
        { r: 'local/x:1' },
        'NOT_FOUND',
        'node',
      ],
      [
        `query($r: String!) { imageHistory(node: "local", ref: $r) { id } }`,
        { r: 'local/nope:1' },
        'NOT_FOUND',
        'ref',
      ],
      [
        `mutation($r: String!) { removeImage(node: "local", ref: $r) }`,
        { r: 'local/nope:1' },
        'NOT_FOUND',
        'ref',
      ],
    ];
    for (const [q, v, code, field] of cases) {
      const r = await s.gql(q, v);
      expect(firstError(r)?.extensions?.code, `${q} ${JSON.stringify(r.errors)}`).toBe(code);
      expect(firstError(r)?.extensions?.field, q).toBe(field);
      expect(JSON.stringify(r)).not.toMatch(/\.ts:\d+|stacktrace/);
    }
    // A pull the registry cannot serve (no such image, or no registry reachable) names the ref and the engine's reason.
    const pull = await s.gql(`mutation { pullImage(node: "local", ref: "local/nope:1") { id } }`);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(firstError(pull)?.extensions?.code);
    expect(firstError(pull)?.extensions?.field).toBe('ref');
    expect(firstError(pull)?.message).toMatch(
      /^could not pull local\/nope:1 on node local: pull local\/nope:1: \S/,
    );
    expect(firstError(pull)?.message).not.toMatch(/server error$/);
  });

  it('imports a root filesystem tarball, runs it, and refuses to remove it while used unless forced', async () => {
    // A root filesystem of one static busybox, as a plain tar.
    const rootfs = path.join(tmp, 'rootfs');
    fs.mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
    fs.copyFileSync('/bin/busybox', path.join(rootfs, 'bin/busybox'));
    fs.chmodSync(path.join(rootfs, 'bin/busybox'), 0o755);
    fs.symlinkSync('busybox', path.join(rootfs, 'bin/sh'));
    const tarball = path.join(tmp, 'rootfs.tar');
    execFileSync('tar', ['-C', rootfs, '-cf', tarball, '.']);

    const IMPORT = `mutation($s: String!, $r: String!, $c: [String!]) {
      importImage(node: "local", source: $s, repo: $r, tag: "v1", changes: $c) { ${IMAGE} } }`;
    const imported = (
      await s.ok<{ importImage: ImageView }>(IMPORT, {
        s: tarball,
        r: `${REPO}-imp`,
        c: ['ENV PATH=/bin', 'CMD ["/bin/sh", "-c", "echo imported; sleep 30"]'],
      })
    ).importImage;
    expect(imported.repoTags).toEqual([`${REPO}-imp:v1`]);
    expect(await docker('n1', 'image', 'inspect', '-f', '{{json .Config.Cmd}}', `${REPO}-imp:v1`)).toBe(
      '["/bin/sh","-c","echo imported; sleep 30"]',
    );

    const run = await s.ok<{ runContainer: { id: string; name: string } }>(
      `mutation($i: RunContainerInput!) { runContainer(input: $i) { id name } }`,
      { i: { image: `${REPO}-imp:v1`, labels } },
    );
    const logs = await waitFor(
      async () =>
        (
          await s.ok<{ containerLogs: { message: string }[] }>(
            `query($id: ID!) { containerLogs(id: $id) { message } }`,
            {
              id: run.runContainer.id,
            },
          )
        ).containerLogs[0]?.message,
      { timeoutMs: 10_000, what: 'output of the imported image' },
    );
    expect(logs).toBe('imported');

    const used = await s.ok<{ image: ImageView }>(
      `query($r: String!) { image(node: "local", ref: $r) { ${IMAGE} } }`,
      {
        r: `${REPO}-imp:v1`,
      },
    );
    expect(used.image.containers).toEqual([
      { id: run.runContainer.id, name: run.runContainer.name, state: 'RUNNING' },
    ]);

    const busy = await s.gql(`mutation($r: String!) { removeImage(node: "local", ref: $r) }`, {
      r: `${REPO}-imp:v1`,
    });
    expect(firstError(busy)?.extensions?.code).toBe('CONFLICT');
    expect(firstError(busy)?.extensions?.field).toBe('ref');
    expect(firstError(busy)?.message).toMatch(/force/);

    const forced = await s.ok<{ removeImage: string[] }>(
      `mutation($r: String!) { removeImage(node: "local", ref: $r, force: true) }`,
      {
        r: `${REPO}-imp:v1`,
      },
    );
    expect(forced.removeImage).toContain(`${REPO}-imp:v1`);
    await expect(docker('n1', 'image', 'inspect', `${REPO}-imp:v1`)).rejects.toThrow(/No such image/);

    // Bad sources and changes.
    const bad = async (v: Record<string, unknown>, field: string, reason: RegExp) => {
      const r = await s.gql(IMPORT, { r: `${REPO}-imp`, ...v });
      expect(firstError(r)?.extensions?.code, JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
      expect(firstError(r)?.extensions?.field).toBe(field);
      expect(firstError(r)?.message).toMatch(reason);
    };
    await bad({ s: path.join(tmp, 'missing.tar') }, 'source', /does not exist/);
    await bad({ s: 'rootfs.tar' }, 'source', /must be an absolute path/);
    await bad({ s: tmp }, 'source', /is not a regular file/);
    await bad({ s: tarball, c: ['RUN rm -rf /'] }, 'changes[0]', /must be a Dockerfile instruction/);
    const notTar = path.join(tmp, 'not.tar');
    fs.writeFileSync(notTar, 'this is not a tarball');
    await bad({ s: notTar }, 'source', /could not import/);
  });

  // The registry test needs Debian's docker-registry (distribution 2.x) on the host; without it
  // there is nothing to push to (the engines have no network access to a public registry).
  describe.skipIf(!fs.existsSync(REGISTRY_BIN))('with a local registry', () => {
    let registry: ChildProcess | undefined;
    let addr = '';

    beforeAll(async () => {
      const port = await freePort();
      addr = `127.0.0.1:${port}`;
      const dir = path.join(tmp, 'registry');
      fs.mkdirSync(dir, { recursive: true });
      const config = path.join(tmp, 'registry.yml');
      fs.writeFileSync(
        config,
        [
          'version: 0.1',
          'log:',
          '  level: error',
          'storage:',
          '  filesystem:',
          `    rootdirectory: ${dir}`,
          'http:',
          `  addr: ${addr}`,
          '',
        ].join('\n'),
      );
      registry = spawn(REGISTRY_BIN, ['serve', config], { stdio: 'ignore' });
      await waitFor(async () => (await fetch(`http://${addr}/v2/`)).ok, {
        timeoutMs: 15_000,
        what: 'registry up',
      });
    });

    afterAll(async () => {
      registry?.kill('SIGTERM');
      await removeOurImages('n1', addr).catch(() => undefined);
    });

    it('pushes a tagged image and pulls it back after removing it', async () => {
      const repo = `${addr}/t-${TEST_ID}`;
      await s.ok(
        `mutation($r: String!) { tagImage(node: "local", source: "local/webapp:v2", repo: $r, tag: "1") { id } }`,
        {
          r: repo,
        },
      );
      const pushed = (
        await s.ok<{ pushImage: ImageView }>(
          `mutation($r: String!) { pushImage(node: "local", ref: $r) { ${IMAGE} } }`,
          {
            r: `${repo}:1`,
          },
        )
      ).pushImage;
      expect(pushed.repoDigests.some((d) => d.startsWith(`${repo}@sha256:`))).toBe(true);
      const catalog = (await (await fetch(`http://${addr}/v2/_catalog`)).json()) as {
        repositories: string[];
      };
      expect(catalog.repositories).toContain(`t-${TEST_ID}`);

      await s.ok(`mutation($r: String!) { removeImage(node: "local", ref: $r) }`, { r: `${repo}:1` });
      await expect(docker('n1', 'image', 'inspect', `${repo}:1`)).rejects.toThrow(/No such image/);

      // n2 lives in its own network namespace, where 127.0.0.1 is not this host: pull back on n1.
      const pulled = (
        await s.ok<{ pullImage: ImageView }>(
          `mutation($r: String!) { pullImage(node: "local", ref: $r) { ${IMAGE} } }`,
          {
            r: `${repo}:1`,
          },
        )
      ).pullImage;
      expect(pulled.repoTags).toContain(`${repo}:1`);
      expect(pulled.id).toBe(pushed.id);
      expect(await docker('n1', 'image', 'inspect', '-f', '{{.Id}}', `${repo}:1`)).toBe(pushed.id);

      const missing = await s.gql(`mutation($r: String!) { pullImage(node: "local", ref: $r) { id } }`, {
        r: `${repo}:nope`,
      });
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(firstError(missing)?.extensions?.code);
      expect(firstError(missing)?.extensions?.field).toBe('ref');
      expect(firstError(missing)?.message).toMatch(/manifest unknown|not found/i);
    });

    it('startImagePull returns at once and imagePull follows it to 100, or to FAILED with the reason', async () => {
      const repo = `${addr}/t-${TEST_ID}-sub`;
      await s.ok(
        `mutation($r: String!) { tagImage(node: "local", source: "local/webapp:v3", repo: $r, tag: "1") { id } }`,
        { r: repo },
      );
      const pushed = (
        await s.ok<{ pushImage: { id: string } }>(
          `mutation($r: String!) { pushImage(node: "local", ref: $r) { id } }`,
          {
            r: `${repo}:1`,
          },
        )
      ).pushImage;
      await s.ok(`mutation($r: String!) { removeImage(node: "local", ref: $r) }`, { r: `${repo}:1` });

      const ws = createClient({
        url: s.app.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authToken: s.token },
      });
      interface PullView {
        state: string;
        percent: number;
        ref: string;
        error: string | null;
        image: { id: string; repoTags: string[] } | null;
      }
      const follow = (id: string) =>
        new Promise<PullView[]>((resolve, reject) => {
          const seen: PullView[] = [];
          ws.subscribe<{ imagePull: PullView }>(
            {
              query: `subscription($id: ID!) { imagePull(id: $id) { state percent ref error image { id repoTags } } }`,
              variables: { id },
            },
            {
              next: (m) =>
                m.errors?.length ? reject(new Error(m.errors[0]!.message)) : seen.push(m.data!.imagePull),
              error: reject,
              complete: () => resolve(seen),
            },
          );
        });
      try {
        const started = (
          await s.ok<{ startImagePull: { id: string; state: string; ref: string } }>(
            `mutation($r: String!) { startImagePull(node: "local", ref: $r) { id state ref } }`,
            { r: `${repo}:1` },
          )
        ).startImagePull;
        expect(started.ref).toBe(`${repo}:1`);
        const seen = await follow(started.id);
        const last = seen[seen.length - 1]!;
        expect(last.state).toBe('COMPLETED');
        expect(last.percent).toBe(100);
        expect(last.image?.id).toBe(pushed.id);
        expect(last.image?.repoTags).toContain(`${repo}:1`);
        // Never back, and 100 only at the end.
        for (let i = 1; i < seen.length; i++)
          expect(seen[i]!.percent).toBeGreaterThanOrEqual(seen[i - 1]!.percent);
        expect(seen.slice(0, -1).every((p) => p.state === 'RUNNING' && p.percent < 100)).toBe(true);
        expect(await docker('n1', 'image', 'inspect', '-f', '{{.Id}}', `${repo}:1`)).toBe(pushed.id);

        // A tag the registry lacks: the pull ends FAILED with the registry's reason, nothing pulled.
        const bad = (
          await s.ok<{ startImagePull: { id: string } }>(
            `mutation($r: String!) { startImagePull(node: "local", ref: $r) { id } }`,
            { r: `${repo}:nope` },
          )
        ).startImagePull;
        const failed = (await follow(bad.id)).pop()!;
        expect(failed.state).toBe('FAILED');
        expect(failed.image).toBeNull();
        expect(failed.error).toMatch(/manifest unknown|not found/i);
        expect(failed.error).toContain(`${repo}:nope`);

        // Bad input is refused before anything starts; an unknown pull id is NOT_FOUND.
        const refused = await s.gql(`mutation { startImagePull(node: "local", ref: "UPPER/Case") { id } }`);
        expect(firstError(refused)?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(firstError(refused)?.extensions?.field).toBe('ref');
        await expect(follow('no-such-pull')).rejects.toThrow(/no pull with id/);
      } finally {
        await ws.dispose();
        await s
          .ok(`mutation($r: String!) { removeImage(node: "local", ref: $r, force: true) }`, {
            r: `${repo}:1`,
          })
          .catch(() => undefined);
      }
    });
  });
});
