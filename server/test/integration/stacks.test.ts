import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, fleet, startTestServer, uniq, waitFor, type GqlResult, type TestServer } from './harness.js';

/*
 * Stacks (issue #18) on real engines: a compose file deployed, redeployed as a diff, dry-run,
 * refused whole, and removed. Images come in through variables (the files name ${...}).
 */

const STACK = `
  name status compose variables createdAt updatedAt networks volumes secrets
  warnings { path service key message line }
  services { id name status image revision createdAt
    tasks { state desiredState containerId health readyAt createdAt revision } }`;
const PLAN = `plan {
  create { kind name diff { field from to } }
  update { kind name diff { field from to } }
  remove { kind name diff { field from to } }
  unchanged
  warnings { path service key message line } }`;

interface Task {
  state: string;
  desiredState: string;
  containerId: string | null;
  health: string;
  readyAt: string | null;
  createdAt: string;
  revision: number;
}
interface Svc {
  id: string;
  name: string;
  status: string;
  image: string;
  revision: number;
  createdAt: string;
  tasks: Task[];
}
interface Stack {
  name: string;
  status: string;
  networks: string[];
  volumes: string[];
  secrets: string[];
  variables: string[];
  warnings: { path: string; service: string | null; key: string; message: string; line: number | null }[];
  services: Svc[];
}
interface Item {
  kind: string;
  name: string;
  diff: { field: string; from: string | null; to: string | null }[];
}
interface Deployed {
  applied: boolean;
  plan: { create: Item[]; update: Item[]; remove: Item[]; unchanged: string[]; warnings: Stack['warnings'] };
  stack: Stack | null;
}

/** db (healthy before api starts), api and web on two networks, db with a named volume and a secret. */
const THREE = `
services:
  db:
    image: \${DB_IMAGE}
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"]
      interval: 500ms
      timeout: 2s
      retries: 2
    volumes:
      - data:/data
    networks: [back]
    secrets: [dbpass]
    stop_grace_period: 2s
  api:
    image: \${API_IMAGE}
    depends_on:
      db:
        condition: service_healthy
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"]
      interval: 500ms
      timeout: 2s
      retries: 2
    networks: [back, front]
    stop_grace_period: 2s
  web:
    image: \${WEB_IMAGE}
    depends_on: [api]
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"]
      interval: 500ms
      timeout: 2s
      retries: 2
    networks: [front]
    stop_grace_period: 2s
networks:
  back: {}
  front: {}
volumes:
  data: {}
secrets:
  dbpass:
    file: ./dbpass.txt
`;

const images = (api = 'local/webapp:v1') => [
  { name: 'DB_IMAGE', value: 'local/webapp:v1' },
  { name: 'API_IMAGE', value: api },
  { name: 'WEB_IMAGE', value: 'local/webapp:v1' },
];
const DBPASS = [{ path: './dbpass.txt', content: 's3cret-value' }];

/** What the engines hold labelled as the stack's: containers, networks and volumes, on every node. */
async function onEngines(stack: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const node of Object.keys(fleet().nodes)) {
    const f = ['--filter', `label=stevedore.stack=${stack}`];
    const lines = (s: string) => s.split('\n').filter(Boolean);
    out[`${node} containers`] = lines(await docker(node, 'ps', '-aq', ...f));
    out[`${node} networks`] = lines(await docker(node, 'network', 'ls', '-q', ...f));
    out[`${node} volumes`] = lines(await docker(node, 'volume', 'ls', '-q', ...f));
  }
  return out;
}
const nothing = (x: Record<string, string[]>) => Object.values(x).every((l) => l.length === 0);

describe('stacks on real engines', () => {
  let s: TestServer;
  const made: string[] = [];

  const deploy = (name: string, compose: string, extra: Record<string, unknown> = {}) =>
    s.gql<{ deployStack: Deployed }>(
      `mutation($name: String!, $compose: String!, $variables: [StackVariableInput!], $envFiles: [StackFileInput!],
                $images: [StackImageInput!], $dryRun: Boolean, $removeOrphans: Boolean) {
        deployStack(name: $name, compose: $compose, variables: $variables, envFiles: $envFiles, images: $images,
                    dryRun: $dryRun, removeOrphans: $removeOrphans) { applied ${PLAN} stack { ${STACK} } } }`,
      { name, compose, ...extra },
    );
  const deployed = async (name: string, compose: string, extra: Record<string, unknown> = {}) => {
    if (!extra.dryRun) made.push(name);
    const r = await deploy(name, compose, extra);
    if (r.errors?.length) throw new Error(`deployStack ${name}: ${JSON.stringify(r.errors)}`);
    return r.data!.deployStack;
  };
  const stack = async (name: string) =>
    (await s.ok<{ stack: Stack | null }>(`query($n: String!) { stack(name: $n) { ${STACK} } }`, { n: name }))
      .stack;
  const healthy = async (name: string) => {
    let last = '';
    try {
      return await waitFor(
        async () => {
          const st = await stack(name);
          last = JSON.stringify(
            st?.services.map((x) => [x.name, x.status, x.tasks.map((t) => [t.state, t.health])]),
          );
          return st?.status === 'HEALTHY' && st.services.every((x) => x.status === 'HEALTHY') && st;
        },
        { timeoutMs: 180_000, intervalMs: 300, what: `stack ${name} HEALTHY` },
      );
    } catch (err) {
      throw new Error(`${(err as Error).message}; last seen ${last}`);
    }
  };
  const running = (svc: Svc) =>
    svc.tasks
      .filter((t) => t.desiredState === 'RUNNING' && t.state === 'RUNNING')
      .map((t) => t.containerId)
      .sort();
  const byName = (st: Stack, compose: string) => st.services.find((x) => x.name === `${st.name}_${compose}`)!;

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    for (const name of made)
      await s?.gql(`mutation($n: String!) { removeStack(name: $n, removeVolumes: true) { name } }`, {
        n: name,
      });
    await s?.stop();
  });

  it('deploys a three-service stack with a network, a named volume and a secret; a redeploy with one image changed rolls only that service', async () => {
    const name = uniq('st3');
    const first = await deployed(name, THREE, { variables: images(), envFiles: DBPASS });
    expect(first.applied).toBe(true);
    expect(first.plan.create.map((i) => `${i.kind}:${i.name}`).sort()).toEqual(
      [
        `network:${name}_back`,
        `network:${name}_front`,
        `secret:${name}_dbpass`,
        `service:${name}_api`,
        `service:${name}_db`,
        `service:${name}_web`,
        `volume:${name}_data`,
      ].sort(),
    );
    expect(first.plan.update).toEqual([]);
    const st = await healthy(name);
    expect(st.networks.sort()).toEqual([`${name}_back`, `${name}_front`]);
    expect(st.volumes).toEqual([`${name}_data`]);
    expect(st.secrets).toEqual([`${name}_dbpass`]);
    expect(st.variables.sort()).toEqual(['API_IMAGE', 'DB_IMAGE', 'WEB_IMAGE']);

    // On the engine: three containers, both networks and the volume, all labelled as the stack's.
    const engines = await onEngines(name);
    expect(engines['n1 containers']).toHaveLength(3);
    expect(engines['n1 networks']).toHaveLength(2);
    expect(engines['n1 volumes']).toHaveLength(1);
    const dbContainer = running(byName(st, 'db'))[0]!;
    expect(await docker('n1', 'exec', dbContainer, 'cat', '/run/secrets/dbpass')).toBe('s3cret-value');

    // Inside the stack the compose names resolve: api reaches db by "db" on their network.
    const apiContainer = running(byName(st, 'api'))[0]!;
    const viaName = await docker(
      'n1',
      'exec',
      apiContainer,
      'timeout',
      '5',
      'wget',
      '-q',
      '-O-',
      'http://db:8080/health',
    ).catch(
      async (err: Error) =>
        `${err.message}; nslookup: ${await docker('n1', 'exec', apiContainer, 'nslookup', 'db').catch((e: Error) => e.message)}`,
    );
    expect(viaName).toBe('ok');

    const before = Object.fromEntries(st.services.map((x) => [x.name, running(x)]));
    // db's first task pinned it to the node holding its volume (revision 2, by Stevedore): read them now.
    const revisionsBefore = Object.fromEntries(st.services.map((x) => [x.name, x.revision]));
    // The same file again: nothing to do.
    const again = await deployed(name, THREE, { variables: images(), envFiles: DBPASS, dryRun: true });
    expect(again.plan.create).toEqual([]);
    expect(again.plan.update).toEqual([]);
    expect(again.plan.unchanged).toContain(`service:${name}_db`);

    const second = await deployed(name, THREE, { variables: images('local/webapp:v2'), envFiles: DBPASS });
    expect(second.plan.create).toEqual([]);
    expect(second.plan.update).toEqual([
      {
        kind: 'service',
        name: `${name}_api`,
        diff: [{ field: 'image', from: '"local/webapp:v1"', to: '"local/webapp:v2"' }],
      },
    ]);
    expect(second.plan.unchanged.sort()).toEqual(
      [
        `network:${name}_back`,
        `network:${name}_front`,
        `secret:${name}_dbpass`,
        `service:${name}_db`,
        `service:${name}_web`,
        `volume:${name}_data`,
      ].sort(),
    );
    const after = await waitFor(
      async () => {
        const x = await stack(name);
        const api = x && byName(x, 'api');
        return (
          x?.status === 'HEALTHY' &&
          api!.image === 'local/webapp:v2' &&
          api!.tasks.filter((t) => t.desiredState === 'RUNNING').every((t) => t.revision === api!.revision) &&
          x
        );
      },
      { timeoutMs: 90_000, intervalMs: 300, what: 'the api rolled to v2' },
    );
    expect(running(byName(after, 'db'))).toEqual(before[`${name}_db`]);
    expect(running(byName(after, 'web'))).toEqual(before[`${name}_web`]);
    expect(running(byName(after, 'api'))).not.toEqual(before[`${name}_api`]);
    expect(byName(after, 'db').revision).toBe(revisionsBefore[`${name}_db`]);
    expect(byName(after, 'web').revision).toBe(revisionsBefore[`${name}_web`]);
    expect(byName(after, 'api').revision).toBe(revisionsBefore[`${name}_api`]! + 1);

    // stackCompose gives back a file for what runs: deployed again (dry run), it changes nothing.
    const exported = (
      await s.ok<{ stackCompose: string }>(`query($n: String!) { stackCompose(name: $n) }`, { n: name })
    ).stackCompose;
    expect(exported).toContain('local/webapp:v2');
    const round = await deployed(name, exported, { dryRun: true });
    expect(round.plan.create).toEqual([]);
    expect(round.plan.update).toEqual([]);
    expect(round.plan.remove).toEqual([]);
  }, 300_000);

  it('depends_on with condition service_healthy creates the dependent only once its dependency is healthy', async () => {
    const name = uniq('stdep');
    const compose = `
services:
  slow:
    image: local/webapp:v1
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/health"]
      interval: 1s
      start_period: 3s
      retries: 2
    stop_grace_period: 2s
  after:
    image: local/webapp:v1
    depends_on:
      slow:
        condition: service_healthy
    stop_grace_period: 2s
`;
    const r = await deployed(name, compose);
    expect(r.applied).toBe(true);
    const st = await waitFor(
      async () => {
        const x = await stack(name);
        return (
          x && x.services.length === 2 && byName(x, 'after').tasks.some((t) => t.state === 'RUNNING') && x
        );
      },
      { timeoutMs: 60_000, what: 'both services running' },
    );
    const slow = byName(st, 'slow');
    const after = byName(st, 'after');
    const slowReady = slow.tasks.map((t) => t.readyAt).find(Boolean);
    expect(slowReady).toBeTruthy();
    // The dependent's service and first task were made after the dependency's task was healthy.
    expect(Date.parse(after.createdAt)).toBeGreaterThanOrEqual(Date.parse(slowReady!));
    expect(Math.min(...after.tasks.map((t) => Date.parse(t.createdAt)))).toBeGreaterThanOrEqual(
      Date.parse(slowReady!),
    );
    expect(Date.parse(after.createdAt) - Date.parse(slow.createdAt)).toBeGreaterThan(0);
  });

  it('dryRun changes nothing on any engine, for a new stack and for a change to a running one', async () => {
    const name = uniq('stdry');
    const before = await onEngines(name);
    expect(nothing(before)).toBe(true);
    const r = await deployed(name, THREE, { variables: images(), envFiles: DBPASS, dryRun: true });
    expect(r.applied).toBe(false);
    expect(r.stack).toBeNull();
    expect(r.plan.create.filter((i) => i.kind === 'service')).toHaveLength(3);
    expect(await onEngines(name)).toEqual(before);
    expect(await stack(name)).toBeNull();
    const nets = await s.ok<{ networks: { name: string }[] }>('{ networks { name } }');
    expect(nets.networks.filter((n) => n.name.startsWith(`${name}_`))).toEqual([]);

    // A dry run of a change to a deployed stack: the plan shows it, the containers stay.
    const small = `
services:
  one:
    image: \${IMG}
    stop_grace_period: 1s
`;
    await deployed(name, small, { variables: [{ name: 'IMG', value: 'local/webapp:v1' }] });
    const st = await waitFor(
      async () => {
        const x = await stack(name);
        return x && running(byName(x, 'one')).length === 1 && x;
      },
      { timeoutMs: 60_000, what: 'one running' },
    );
    const engines = await onEngines(name);
    const plan = await deployed(name, small, {
      variables: [{ name: 'IMG', value: 'local/webapp:v2' }],
      dryRun: true,
    });
    expect(plan.applied).toBe(false);
    expect(plan.plan.update.map((i) => i.name)).toEqual([`${name}_one`]);
    await new Promise((r2) => setTimeout(r2, 1500));
    expect(await onEngines(name)).toEqual(engines);
    const now = await stack(name);
    expect(byName(now!, 'one').revision).toBe(byName(st, 'one').revision);
    expect(byName(now!, 'one').image).toBe('local/webapp:v1');
  });

  it('a service that left the file stays until a deploy with removeOrphans removes it', async () => {
    const name = uniq('storph');
    const two = `
services:
  keep:
    image: local/webapp:v1
    stop_grace_period: 1s
  gone:
    image: local/webapp:v1
    stop_grace_period: 1s
`;
    const one = two.slice(0, two.indexOf('  gone:'));
    await deployed(name, two);
    const containers = () =>
      docker('n1', 'ps', '-q', '--filter', `label=stevedore.stack=${name}`).then((o) =>
        o.split('\n').filter(Boolean),
      );
    await waitFor(async () => (await containers()).length === 2, {
      timeoutMs: 60_000,
      what: 'two containers',
    });
    const kept = await deployed(name, one);
    expect(kept.plan.remove).toEqual([{ kind: 'service', name: `${name}_gone`, diff: [] }]);
    expect(kept.plan.warnings.find((w) => w.key === 'removeOrphans')?.message).toContain('removeOrphans');
    expect(kept.stack!.services.map((x) => x.name).sort()).toEqual([`${name}_gone`, `${name}_keep`]);
    expect(await containers()).toHaveLength(2);
    const pruned = await deployed(name, one, { removeOrphans: true });
    expect(pruned.plan.remove.map((i) => i.name)).toEqual([`${name}_gone`]);
    expect(pruned.stack!.services.map((x) => x.name)).toEqual([`${name}_keep`]);
    await waitFor(async () => (await containers()).length === 1, { timeoutMs: 60_000, what: 'gone removed' });
  });

  const BAD: [string, string, (e: NonNullable<GqlResult['errors']>[number]) => void][] = [
    [
      'a YAML syntax error',
      'services:\n  web:\n    image: "local/webapp:v1\n    ports: [8080\n',
      (e) => expect(e.extensions?.line).toBeGreaterThanOrEqual(3),
    ],
    [
      'an unknown top-level key',
      'services:\n  web:\n    image: local/webapp:v1\nfrobnicate:\n  x: 1\n',
      (e) => {
        expect(e.extensions?.line).toBe(4);
        expect(e.extensions?.key).toBe('frobnicate');
      },
    ],
    [
      'a wrong type for replicas',
      'services:\n  web:\n    image: local/webapp:v1\n    deploy:\n      replicas: three\n',
      (e) => {
        expect(e.extensions?.line).toBe(5);
        expect(e.extensions?.key).toBe('replicas');
        expect(e.extensions?.field).toBe('services.web.deploy.replicas');
      },
    ],
    [
      'a port out of range',
      'services:\n  web:\n    image: local/webapp:v1\n    ports:\n      - "70000:8080"\n',
      (e) => {
        expect(e.extensions?.line).toBe(5);
        expect(String(e.extensions?.field)).toMatch(/^services\.web\.ports/);
      },
    ],
    [
      'an undefined network',
      'services:\n  web:\n    image: local/webapp:v1\n    networks: [nowhere]\n',
      (e) => {
        expect(e.extensions?.line).toBe(4);
        expect(String(e.extensions?.field)).toMatch(/^services\.web\.networks/);
        expect(e.message).toContain('nowhere');
      },
    ],
    [
      'a secret that does not exist',
      'services:\n  web:\n    image: local/webapp:v1\n    secrets: [gone]\nsecrets:\n  gone:\n    external: true\n',
      (e) => {
        expect(e.extensions?.line).toBe(6);
        expect(e.extensions?.key).toBe('external');
        expect(e.extensions?.field).toBe('secrets.gone');
        expect(e.message).toContain('does not exist');
      },
    ],
    [
      'a file of 5 MB',
      `services:\n  web:\n    image: local/webapp:v1\n${'# padding the file out to five megabytes\n'.repeat(128_000)}`,
      (e) => expect(e.message).toMatch(/MiB/),
    ],
  ];

  for (const [what, compose, check] of BAD)
    it(`refuses ${what} with BAD_USER_INPUT naming the line and key, and creates nothing on any engine`, async () => {
      const name = uniq('stbad');
      const r = await deploy(name, compose);
      expect(r.data?.deployStack ?? null).toBeNull();
      const e = r.errors![0]!;
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).not.toMatch(/\n\s+at /);
      check(e);
      expect(await stack(name)).toBeNull();
      expect(nothing(await onEngines(name))).toBe(true);
      const svc = await s.ok<{ services: { name: string }[] }>('{ services { name } }');
      expect(svc.services.filter((x) => x.name.startsWith(`${name}_`))).toEqual([]);
    });

  // The seed's compose files (server/test/fixtures/compose/, as the seed has them), their images
  // replaced by the call's images argument, not by editing the files.
  const seed = (file: string) => fs.readFileSync(path.join(__dirname, '../fixtures/compose', file), 'utf8');
  const asLocal = (...refs: string[]) => refs.map((image) => ({ image, replaceWith: 'local/webapp:v1' }));
  const unplaced = async (name: string) =>
    (
      await s.ok<{ services: { name: string; unplaced: { reason: string }[]; runningReplicas: number }[] }>(
        '{ services { name runningReplicas unplaced { reason } } }',
      )
    ).services.filter((x) => x.name.startsWith(`${name}_`));

  it("the seed's docker-compose.affinity.yml deploys: its constraints keep database and api off an unlabelled node, the frontend runs", async () => {
    const name = uniq('seedaff');
    const r = await deployed(name, seed('docker-compose.affinity.yml'), {
      images: asLocal('postgres:15', 'ecommerce/api:latest', 'ecommerce/frontend:latest'),
    });
    expect(r.plan.warnings.map((w) => [w.path, w.line, w.service])).toEqual([['version', 2, null]]);
    expect(
      r.plan.create
        .filter((i) => i.kind === 'service')
        .map((i) => i.name)
        .sort(),
    ).toEqual([`${name}_ecommerce-api`, `${name}_ecommerce-database`, `${name}_ecommerce-frontend`].sort());
    const list = await waitFor(
      async () => {
        const l = await unplaced(name);
        const by = (n: string) => l.find((x) => x.name === `${name}_${n}`)!;
        return (
          by('ecommerce-frontend').runningReplicas === 3 &&
          by('ecommerce-database').unplaced.length === 1 &&
          by('ecommerce-api').unplaced.length === 4 &&
          l
        );
      },
      { timeoutMs: 60_000, what: 'frontend running, database and api unplaced' },
    );
    const db = list.find((x) => x.name === `${name}_ecommerce-database`)!;
    expect(db.unplaced[0]!.reason).toContain('node.labels.type==database');
  });

  it("the seed's leader-follower file deploys, the follower after the leader", async () => {
    const name = uniq('seedlf');
    const r = await deployed(name, seed('leader-follower.yml'), { images: asLocal('postgres:15') });
    expect(r.plan.warnings.map((w) => [w.path, w.line])).toEqual([['version', 2]]);
    const st = await waitFor(
      async () => {
        const x = await stack(name);
        return x && x.services.length === 2 && x.services.every((v) => running(v).length === 1) && x;
      },
      { timeoutMs: 60_000, what: 'leader and follower running' },
    );
    const leader = byName(st, 'postgres-leader');
    const follower = byName(st, 'postgres-follower-1');
    expect(Date.parse(follower.createdAt)).toBeGreaterThanOrEqual(Date.parse(leader.createdAt));
    const labels = await docker('n1', 'inspect', '-f', '{{json .Config.Labels}}', running(follower)[0]!);
    expect(JSON.parse(labels)).toMatchObject({
      role: 'follower',
      service: 'database',
      'stevedore.stack': name,
    });
  });

  it('entrypoint and network aliases reach the containers, and an update from the spec read back keeps them', async () => {
    const name = uniq('entry');
    const compose = [
      'services:',
      '  app:',
      '    image: local/busybox:1',
      '    entrypoint: ["/bin/sh", "-c"]',
      '    command: ["sleep 3600"]',
      '    networks:',
      '      back:',
      '        aliases: [store]',
      'networks:',
      '  back: {}',
    ].join('\n');
    const r = await deployed(name, compose);
    expect(r.plan.warnings).toEqual([]);
    const inspect = async (id: string) =>
      JSON.parse(
        await docker(
          'n1',
          'inspect',
          '-f',
          '{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|{{json .NetworkSettings.Networks}}',
          id,
        ).then((x) => `[${x.trim().split('|').join(',')}]`),
      ) as [string[], string[], Record<string, { Aliases: string[] | null }>];
    const first = await waitFor(
      async () => {
        const x = await stack(name);
        return x && running(byName(x, 'app')).length === 1 && byName(x, 'app');
      },
      { timeoutMs: 60_000, what: 'app running' },
    );
    const [entrypoint, cmd, nets] = await inspect(running(first)[0]!);
    expect(entrypoint).toEqual(['/bin/sh', '-c']);
    expect(cmd).toEqual(['sleep 3600']);
    expect(Object.values(nets).flatMap((n) => n.Aliases ?? [])).toContain('store');

    // The dashboard's edit path: the spec read back, one field changed, the whole spec sent.
    const read = await s.ok<{
      service: { spec: { entrypoint: string[]; aliases: { network: string; aliases: string[] }[] } };
    }>(`query($id: ID!) { service(id: $id) { spec { entrypoint aliases { network aliases } } } }`, {
      id: first.id,
    });
    expect(read.service.spec.entrypoint).toEqual(['/bin/sh', '-c']);
    const alias = read.service.spec.aliases.find((a) => a.aliases.includes('store'));
    expect(alias).toBeTruthy();
    const up = await s.gql<{ updateService: { revision: number } }>(
      `mutation($id: ID!, $spec: ServiceSpecInput!) { updateService(id: $id, spec: $spec) { revision } }`,
      {
        id: first.id,
        spec: {
          name: first.name,
          image: 'local/busybox:1',
          entrypoint: read.service.spec.entrypoint,
          command: ['sleep 3601'],
          networks: [alias!.network],
          aliases: read.service.spec.aliases,
          labels: [{ key: 'stevedore.stack', value: name }],
        },
      },
    );
    expect(up.errors).toBeUndefined();
    const second = await waitFor(
      async () => {
        const x = byName((await stack(name))!, 'app');
        const ids = running(x);
        return ids.length === 1 && ids[0] !== running(first)[0] && x;
      },
      { timeoutMs: 60_000, what: 'app rolled to the update' },
    );
    const [entrypoint2, cmd2, nets2] = await inspect(running(second)[0]!);
    expect(entrypoint2).toEqual(['/bin/sh', '-c']);
    expect(cmd2).toEqual(['sleep 3601']);
    expect(Object.values(nets2).flatMap((n) => n.Aliases ?? [])).toContain('store');
  });

  it("the seed's docker-compose.production.yml is refused: its bind mounts are relative paths, named by line", async () => {
    const name = uniq('seedprod');
    const r = await deploy(name, seed('docker-compose.production.yml'), {
      images: asLocal('nginx:alpine', 'ecommerce/api:latest', 'postgres:15'),
    });
    const e = r.errors![0]!;
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = e.extensions?.problems as { path: string; line: number; reason: string }[];
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['services.nginx-lb.volumes[0]', 12],
      ['services.nginx-lb.volumes[1]', 13],
    ]);
    expect(problems[0]!.reason).toContain('./nginx/nginx.conf');
    expect(await stack(name)).toBeNull();
    expect(nothing(await onEngines(name))).toBe(true);
  });

  it('refuses a stack that breaks the quota whole, naming the service and the key, before anything is created', async () => {
    const name = uniq('stquota');
    // Room for 3 more containers than the other tests' stacks use: a and b fit alone, not together.
    const used = await s.ok<{ quotaUsage: { containers: number } }>(
      '{ quotaUsage(environment: "default") { containers } }',
    );
    await s.ok(`mutation($q: QuotaInput!) { setQuota(environment: "default", quota: $q) { id } }`, {
      q: { maxContainers: used.quotaUsage.containers + 3 },
    });
    try {
      const r = await deploy(
        name,
        'services:\n  a:\n    image: local/webapp:v1\n    deploy:\n      replicas: 2\n  b:\n    image: local/webapp:v1\n    deploy:\n      replicas: 2\n',
      );
      const e = r.errors![0]!;
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(e.extensions?.service).toBe('b');
      expect(e.extensions?.key).toBe('replicas');
      expect(e.extensions?.line).toBe(6);
      expect(e.message).toContain('quota');
      expect(await stack(name)).toBeNull();
      expect(nothing(await onEngines(name))).toBe(true);
      const svc = await s.ok<{ services: { name: string }[] }>('{ services { name } }');
      expect(svc.services.filter((x) => x.name.startsWith(`${name}_`))).toEqual([]);
    } finally {
      await s.ok(`mutation { setQuota(environment: "default", quota: {}) { id } }`);
    }
  });

  it("refuses a stack with a service the environment's policy forbids, naming the service and the key", async () => {
    const name = uniq('stpol');
    const r = await deploy(
      name,
      'services:\n  ok:\n    image: local/webapp:v1\n  root:\n    image: local/webapp:v1\n    privileged: true\n',
    );
    const e = r.errors![0]!;
    expect(e.extensions?.code).toBe('FORBIDDEN');
    expect(e.extensions).toMatchObject({ service: 'root', key: 'privileged', line: 4 });
    expect(e.message).toMatch(/^line 4: services\.root: /);
    expect(await stack(name)).toBeNull();
    expect(nothing(await onEngines(name))).toBe(true);
  });

  it('removeStack removes its services, networks and secrets, and its volumes only with removeVolumes', async () => {
    const name = uniq('strm');
    await deployed(name, THREE, { variables: images(), envFiles: DBPASS });
    await healthy(name);
    const removed = await s.ok<{ removeStack: Stack }>(
      `mutation($n: String!) { removeStack(name: $n) { name services { name } volumes } }`,
      { n: name },
    );
    expect(removed.removeStack.services).toHaveLength(3);
    expect(await stack(name)).toBeNull();
    const left = await waitFor(
      async () => {
        const x = await onEngines(name);
        return x['n1 containers']!.length === 0 && x;
      },
      { timeoutMs: 60_000, what: 'the containers gone' },
    );
    expect(left['n1 networks']).toEqual([]);
    expect(left['n1 volumes']).toHaveLength(1);
    const secrets = await s.ok<{ secrets: { name: string }[] }>(
      '{ secrets(environment: "default") { name } }',
    );
    expect(secrets.secrets.map((x) => x.name)).not.toContain(`${name}_dbpass`);

    // Deployed again it finds its volume; removed with removeVolumes, the volume goes too.
    await deployed(name, THREE, { variables: images(), envFiles: DBPASS });
    await healthy(name);
    expect((await onEngines(name))['n1 volumes']).toEqual(left['n1 volumes']);
    await s.ok(`mutation($n: String!) { removeStack(name: $n, removeVolumes: true) { name } }`, { n: name });
    expect(nothing(await onEngines(name))).toBe(true);
  }, 300_000);
});
