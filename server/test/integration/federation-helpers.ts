import { docker, endpointOf, startTestServer, waitFor, type TestServer } from './harness.js';
import { ORCHESTRATION_ENV } from './orchestration-helpers.js';

/**
 * Three member clusters in three regions on one control plane (issue #15): eu-1 = n2, us-1 = n3,
 * ap-1 = n4 (run with STEVEDORE_TEST_NODES=4). The default cluster holds n1, which no federated
 * service here selects (every placement names its clusters or regions).
 */
export const MEMBERS = { 'eu-1': 'n2', 'us-1': 'n3', 'ap-1': 'n4' } as const;
export type MemberName = keyof typeof MEMBERS;
export const REGION: Record<MemberName, string> = { 'eu-1': 'eu', 'us-1': 'us', 'ap-1': 'ap' };
export const ALL = Object.keys(MEMBERS) as MemberName[];

export const FEDERATION_FIELDS = `id name federation {
  summary moving decidedAt
  division { cluster replicas score reason }
  excluded { cluster reason }
  members { cluster serviceId desired running healthy } }`;

export interface FederationView {
  id: string;
  name: string;
  federation: {
    summary: string;
    moving: boolean;
    decidedAt: string | null;
    division: { cluster: string; replicas: number; score: number; reason: string }[];
    excluded: { cluster: string; reason: string }[];
    members: {
      cluster: string;
      serviceId: string | null;
      desired: number;
      running: number;
      healthy: number;
    }[];
  } | null;
}

export async function startFleet(env: Record<string, string> = {}): Promise<TestServer> {
  const s = await startTestServer({
    ...ORCHESTRATION_ENV,
    STEVEDORE_FEDERATION_INTERVAL_MS: '300',
    ...env,
  });
  for (const name of ALL) {
    await s.ok(`mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }`, {
      i: { name, region: REGION[name], zone: `${REGION[name]}-a` },
    });
    await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: {
        name: MEMBERS[name],
        endpoint: endpointOf(MEMBERS[name]),
        clusterId: name,
        publishAddress: `10.214.${MEMBERS[name].slice(1)}.2`,
      },
    });
  }
  await waitFor(
    async () => {
      const cs = (
        await s.ok<{ clusters: { name: string; health: { status: string } }[] }>(
          '{ clusters { name health { status } } }',
        )
      ).clusters;
      return ALL.every((n) => cs.find((c) => c.name === n)?.health.status === 'HEALTHY');
    },
    { timeoutMs: 60_000, what: 'eu-1, us-1 and ap-1 HEALTHY' },
  );
  return s;
}

export async function federation(s: TestServer, id: string): Promise<FederationView> {
  return (await s.ok<{ service: FederationView }>(`{ service(id: "${id}") { ${FEDERATION_FIELDS} } }`))
    .service;
}

/** Running containers labelled test=<tag> per member cluster, counted on the engines themselves. */
export async function runningPerCluster(tag: string, members: readonly MemberName[] = ALL) {
  const out: Record<string, number> = {};
  await Promise.all(
    members.map(async (m) => {
      try {
        const ids = await docker(
          MEMBERS[m],
          'ps',
          '-q',
          '--filter',
          `label=test=${tag}`,
          '--filter',
          'status=running',
        );
        out[m] = ids.split('\n').filter(Boolean).length;
      } catch {
        out[m] = 0; // an engine that is stopped runs nothing
      }
    }),
  );
  return out;
}

/** Waits until the engines run exactly `want` containers of the tag per cluster. */
export async function waitForRunning(
  tag: string,
  want: Partial<Record<MemberName, number>>,
  timeoutMs = 120_000,
) {
  const expected = Object.fromEntries(ALL.map((m) => [m, want[m] ?? 0]));
  let last: Record<string, number> = {};
  return waitFor(
    async () => {
      last = await runningPerCluster(tag);
      return ALL.every((m) => last[m] === expected[m]) && last;
    },
    { timeoutMs, what: `running per cluster ${JSON.stringify(expected)} (last ${JSON.stringify(last)})` },
  ).catch((err: Error) => {
    throw new Error(`${err.message}; last seen ${JSON.stringify(last)}`);
  });
}

/** Removes the federated services and waits until no container of the tag is left on n2..n4. */
export async function removeFederated(s: TestServer, ids: string[], tag: string): Promise<void> {
  for (const id of ids) await s.gql(`mutation { removeService(id: "${id}") { id } }`).catch(() => undefined);
  await waitFor(
    async () => {
      for (const n of Object.values(MEMBERS))
        if ((await docker(n, 'ps', '-aq', '--filter', `label=test=${tag}`).catch(() => '')) !== '')
          return false;
      return true;
    },
    { timeoutMs: 90_000, what: `containers labelled test=${tag} removed` },
  ).catch(async () => {
    for (const n of Object.values(MEMBERS)) {
      const ids = (await docker(n, 'ps', '-aq', '--filter', `label=test=${tag}`).catch(() => ''))
        .split('\n')
        .filter(Boolean);
      if (ids.length) await docker(n, 'rm', '-f', ...ids).catch(() => undefined);
    }
  });
}
