import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docker, endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/**
 * Desired state exported as YAML from one control plane (on n1) and imported into a fresh one (on
 * n2): the plan first (dry run, and a missing secret stops it with nothing made), then the
 * import, after which the second fleet runs the service with its network, volume and secret and
 * exports the very same document. Secret values never appear in it. A second import changes
 * nothing; a bad document is refused with its field and line.
 */

interface Change {
  kind: string;
  name: string;
  action: string;
  details: string[];
}
const IMPORT = `mutation($d: String!, $dry: Boolean!) { importDesiredState(document: $d, dryRun: $dry) { applied changes { kind name action details } } }`;
const pick = (l: Change[], kind: string, name: string) => l.find((c) => c.kind === kind && c.name === name);
/** The document without its timestamp, for comparing two exports. */
const body = (yaml: string) => yaml.replace(/^exportedAt: .*\n/m, '');

describe('desired state: export from one control plane, import into another', () => {
  let a: TestServer;
  let b: TestServer;
  const env = uniq('ds-env');
  const net = uniq('ds-net');
  const vol = uniq('ds-vol');
  const secret = uniq('ds-pass');
  const secretValue = `value-${Math.random().toString(36).slice(2)}`;
  const service = uniq('ds-web');

  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ STEVEDORE_LOCAL_ENGINE: endpointOf('n2') });
  }, 120_000);

  afterAll(async () => {
    const label = `label=stevedore.service.name=${service}`;
    const containersOf = async (n: string) =>
      (await docker(n, 'ps', '-aq', '--filter', label)).split('\n').filter(Boolean);
    for (const [s, n] of [
      [a, 'n1'],
      [b, 'n2'],
    ] as const) {
      if (!s) continue;
      await s.gql(`mutation { removeService(id: "${service}") { id } }`).catch(() => undefined);
      // The network and volume can go only once the service's containers have left the engine.
      await waitFor(async () => (await containersOf(n)).length === 0, {
        timeoutMs: 30_000,
        what: `the service's containers gone from ${n}`,
      }).catch(() => undefined);
      await s
        .gql(`mutation { removeVolume(node: "local", name: "${vol}", force: true) { name } }`)
        .catch(() => undefined);
      await s.gql(`mutation($id: ID!) { removeNetwork(id: $id) { id } }`, { id: net }).catch(() => undefined);
      await s.stop();
    }
    // What a failed run left on the engines, by its unique names.
    for (const n of ['n1', 'n2']) {
      const left = await containersOf(n).catch(() => []);
      if (left.length) await docker(n, 'rm', '-f', ...left).catch(() => undefined);
      await docker(n, 'network', 'rm', net).catch(() => undefined);
      await docker(n, 'volume', 'rm', '-f', vol).catch(() => undefined);
    }
  });

  it('exports every kind of desired state, imports it elsewhere with a plan, and round-trips to the same text', async () => {
    await a.ok(`mutation { createEnvironment(input: { name: "${env}", description: "team env" }) { name } }`);
    await a.ok(
      `mutation { setQuota(environment: "${env}", quota: { maxServices: 7, maxCpus: 2.5 }) { name } }`,
    );
    await a.ok(
      `mutation { setEnvironmentPolicy(environment: "${env}", policy: { allowedCapabilities: ["NET_ADMIN"] }) { name } }`,
    );
    await a.ok(
      `mutation($v: String!) { createSecret(environment: "default", name: "${secret}", value: $v) { name } }`,
      {
        v: secretValue,
      },
    );
    await a.ok(`mutation { createNetwork(input: { name: "${net}" }) { id } }`);
    await a.ok(
      `mutation { createVolume(input: { node: "local", name: "${vol}", labels: [{ key: "team", value: "x" }] }) { name } }`,
    );
    await a.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name: service,
        image: 'local/busybox:1',
        command: ['sh', '-c', 'cat /run/secrets/pass > /data/seen; sleep 3600'],
        replicas: 2,
        stopTimeoutSec: 1,
        networks: [net],
        volumes: [{ type: 'VOLUME', source: vol, target: '/data' }],
        secrets: [{ name: secret, target: 'pass' }],
        env: [{ key: 'MODE', value: 'exported' }],
        update: { parallelism: 2, monitorMs: 0 },
      },
    });
    const exported = (await a.ok<{ exportDesiredState: string }>('{ exportDesiredState }'))
      .exportDesiredState;
    expect(exported).not.toContain(secretValue);
    const doc = parse(exported) as {
      kind: string;
      environments: {
        name: string;
        quota: Record<string, unknown>;
        policy: { allowedCapabilities: string[] };
      }[];
      networks: { name: string; subnet: string }[];
      volumes: { name: string; node: string; labels?: Record<string, string> }[];
      secrets: { name: string; environment: string }[];
      services: { cluster: string; spec: Record<string, unknown> }[];
    };
    expect(doc.kind).toBe('StevedoreDesiredState');
    expect(doc.environments.find((e) => e.name === env)).toMatchObject({
      quota: { maxServices: 7, maxCpus: 2.5 },
      policy: { allowedCapabilities: ['NET_ADMIN'] },
    });
    expect(doc.networks).toContainEqual(
      expect.objectContaining({ name: net, subnet: expect.stringMatching(/\/\d+$/) }),
    );
    expect(doc.volumes).toContainEqual({ name: vol, node: 'local', labels: { team: 'x' } });
    expect(doc.secrets).toContainEqual({ name: secret, environment: 'default' });
    expect(doc.services.find((s) => s.spec.name === service)).toMatchObject({
      cluster: 'default',
      spec: { image: 'local/busybox:1', replicas: 2, networks: [net] },
    });

    // The plan on the new control plane: the secret is missing, so nothing is applied, even without dryRun.
    const plan = (
      await b.ok<{ importDesiredState: { applied: boolean; changes: Change[] } }>(IMPORT, {
        d: exported,
        dry: true,
      })
    ).importDesiredState;
    expect(plan.applied).toBe(false);
    expect(pick(plan.changes, 'ENVIRONMENT', env)?.action).toBe('CREATE');
    expect(pick(plan.changes, 'ENVIRONMENT', 'default')?.action).toBe('UNCHANGED');
    expect(pick(plan.changes, 'NETWORK', net)?.action).toBe('CREATE');
    expect(pick(plan.changes, 'VOLUME', `local/${vol}`)?.action).toBe('CREATE');
    expect(pick(plan.changes, 'SERVICE', service)?.action).toBe('CREATE');
    expect(pick(plan.changes, 'SECRET', `default/${secret}`)).toMatchObject({ action: 'MISSING' });
    const blocked = (
      await b.ok<{ importDesiredState: { applied: boolean } }>(IMPORT, { d: exported, dry: false })
    ).importDesiredState;
    expect(blocked.applied).toBe(false);
    expect((await b.ok<{ services: unknown[] }>('{ services { id } }')).services).toEqual([]);
    expect(
      (await b.ok<{ environments: { name: string }[] }>('{ environments { name } }')).environments.map(
        (e) => e.name,
      ),
    ).not.toContain(env);

    // The operator gives the secret its value here; the import then applies everything.
    await b.ok(
      `mutation($v: String!) { createSecret(environment: "default", name: "${secret}", value: $v) { name } }`,
      {
        v: secretValue,
      },
    );
    const done = (
      await b.ok<{ importDesiredState: { applied: boolean; changes: Change[] } }>(IMPORT, {
        d: exported,
        dry: false,
      })
    ).importDesiredState;
    expect(done.applied).toBe(true);
    const running = await waitFor(
      async () => {
        const v = await b.ok<{
          service: { runningReplicas: number; tasks: { state: string; containerId: string | null }[] };
        }>(`{ service(id: "${service}") { runningReplicas tasks { state containerId } } }`);
        return (
          v.service.runningReplicas === 2 &&
          v.service.tasks.find((t) => t.state === 'RUNNING' && t.containerId)
        );
      },
      { timeoutMs: 90_000, what: 'the imported service running on n2' },
    );
    // On n2's engine, with the secret's value and the volume mounted.
    expect(await docker('n2', 'exec', running.containerId!, 'cat', '/run/secrets/pass')).toBe(secretValue);
    await waitFor(
      async () =>
        (await docker('n2', 'exec', running.containerId!, 'cat', '/data/seen').catch(() => '')) ===
        secretValue,
      {
        timeoutMs: 20_000,
        what: 'the volume written',
      },
    );
    const nets = await docker(
      'n2',
      'inspect',
      '--format',
      '{{json .NetworkSettings.Networks}}',
      running.containerId!,
    );
    expect(Object.keys(JSON.parse(nets) as Record<string, unknown>)).toContain(net);

    // The same document back out, and a second import is a no-op.
    const again = (await b.ok<{ exportDesiredState: string }>('{ exportDesiredState }')).exportDesiredState;
    expect(body(again)).toBe(body(exported));
    const noop = (
      await b.ok<{ importDesiredState: { applied: boolean; changes: Change[] } }>(IMPORT, {
        d: exported,
        dry: false,
      })
    ).importDesiredState;
    expect(noop.applied).toBe(true);
    expect(noop.changes.filter((c) => c.action !== 'UNCHANGED')).toEqual([]);

    // An edit in the document is an UPDATE naming the field, applied as a new revision.
    const edited = exported.replace('value: exported', 'value: imported');
    const upd = (await b.ok<{ importDesiredState: { changes: Change[] } }>(IMPORT, { d: edited, dry: true }))
      .importDesiredState;
    expect(pick(upd.changes, 'SERVICE', service)).toMatchObject({ action: 'UPDATE', details: ['env.MODE'] });
  }, 300_000);

  it('refuses a bad document with the field and the line, and changes nothing', async () => {
    const bad = await b.gql(IMPORT, {
      d: 'apiVersion: stevedore/v1\nkind: StevedoreDesiredState\nservices:\n  - spec: {}\n    clustr: x\n',
      dry: false,
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'document.services.0',
      line: 4,
    });
    expect(bad.errors?.[0]?.message).toMatch(/clustr/);
    const syntax = await b.gql(IMPORT, { d: 'apiVersion: stevedore/v1\nkind: [unclosed\n', dry: true });
    expect(syntax.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect(syntax.errors?.[0]?.message).toMatch(/line \d/);
    const wrong = await b.gql(IMPORT, { d: 'apiVersion: v9\nkind: StevedoreDesiredState\n', dry: true });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'document.apiVersion',
    });
  });
});
