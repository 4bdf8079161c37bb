import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, endpointOf, startTestServer, uniq, type TestServer } from './harness.js';

/**
 * A remote engine over TCP with mutual TLS, as production drives hosts: scripts/engine.sh starts
 * n3 with `--tlsverify` on tcp://10.214.3.2:2376 and keeps a private CA, a client certificate it
 * signed, and one signed by another CA in <engines>/tls.
 */
const ENDPOINT = 'tcp://10.214.3.2:2376';

describe('engines over TCP with client certificates', () => {
  let s: TestServer;
  let tlsDir: string;
  const pem = (f: string) => fs.readFileSync(path.join(tlsDir, f), 'utf8');
  const label = `test=${uniq('tls')}`;
  const add = (name: string, tls?: Record<string, string>) =>
    s.gql<{ addNode: { id: string; status: string; engineId: string } }>(
      `mutation($i: AddNodeInput!) { addNode(input: $i) { id status engineId } }`,
      { i: { name, endpoint: ENDPOINT, ...(tls ? { tls } : {}) } },
    );

  beforeAll(async () => {
    // <root>/n3/docker.sock -> <root>/tls
    tlsDir = path.join(path.dirname(path.dirname(endpointOf('n3').replace(/^unix:\/\//, ''))), 'tls');
    s = await startTestServer();
  });
  afterAll(async () => {
    const ids = (await docker('n3', 'ps', '-aq', '--filter', `label=${label}`)).split('\n').filter(Boolean);
    if (ids.length) await docker('n3', 'rm', '-f', ...ids);
    await s?.stop();
  });

  it('refuses the engine without a client certificate, or with one from another CA', async () => {
    const bare = await add('n3-bare');
    expect(bare.errors?.[0]?.extensions?.code).toBe('ENGINE_UNAVAILABLE');
    expect(bare.errors?.[0]?.message).toMatch(/TLS: unable to verify/);
    const rogue = await add('n3-rogue', {
      ca: pem('ca.pem'),
      cert: pem('rogue-cert.pem'),
      key: pem('rogue-key.pem'),
    });
    expect(rogue.errors?.[0]?.extensions?.code).toBe('ENGINE_UNAVAILABLE');
    // The engine's certificate must check out against the CA we give.
    const wrongCa = await add('n3-wrong-ca', {
      ca: pem('rogue-ca.pem'),
      cert: pem('client-cert.pem'),
      key: pem('client-key.pem'),
    });
    expect(wrongCa.errors?.[0]?.extensions?.code).toBe('ENGINE_UNAVAILABLE');
    const nodes = await s.ok<{ nodes: { name: string }[] }>('{ nodes { name } }');
    expect(nodes.nodes.map((n) => n.name)).toHaveLength(1); // only the local engine
  });

  it('drives the engine with its client certificate, and keeps the key encrypted at rest', async () => {
    const r = await add('n3-tls', {
      ca: pem('ca.pem'),
      cert: pem('client-cert.pem'),
      key: pem('client-key.pem'),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.addNode.status).toBe('READY');
    expect(r.data!.addNode.engineId).toBe(await docker('n3', 'info', '--format', '{{.ID}}'));

    const run = await s.ok<{ runContainer: { id: string } }>(
      `mutation($i: RunContainerInput!) { runContainer(input: $i) { id } }`,
      {
        i: {
          node: 'n3-tls',
          image: 'local/busybox:1',
          command: ['sleep', '300'],
          labels: [{ key: 'test', value: label.slice('test='.length) }],
        },
      },
    );
    // The container really is on n3 (seen through its local socket).
    expect(await docker('n3', 'inspect', '--format', '{{.State.Running}}', run.runContainer.id)).toBe('true');

    // The private key is stored, but never in the clear.
    const key = pem('client-key.pem');
    const body = key.split('\n').find((l) => l.length > 40)!;
    for (const f of fs.readdirSync(s.dataDir).filter((f) => f.startsWith('stevedore.db'))) {
      expect(fs.readFileSync(path.join(s.dataDir, f)).includes(body)).toBe(false);
    }
  });
});
