import { describe, expect, it } from 'vitest';

// The network page's browser-side helpers (web/src/lib/networks.ts), loaded by path as web-stack does.
interface Ep {
  serviceName: string;
  taskId: string;
  slot: number;
  nodeId: string;
  nodeName: string;
  state: string;
  health: string;
  ip: string | null;
  inDns: boolean;
}
interface Col {
  nodeId: string;
  nodeName: string;
  slice: string | null;
  present: boolean;
  error: string | null;
  services: { name: string; replicas: Ep[] }[];
}
const lib = (await import(new URL('../../../web/src/lib/networks.ts', import.meta.url).pathname)) as {
  replicaStatus: (e: { state: string; health: string }) => string;
  nodeColumns: (
    nodes: {
      nodeId: string;
      nodeName: string;
      present: boolean;
      slice: string | null;
      error: string | null;
    }[],
    eps: Ep[],
  ) => Col[];
  replicaChoices: (eps: Ep[]) => { value: string; label: string; service: string }[];
  defaultPort: (
    s: { name: string; spec: { ports: { containerPort: number; protocol: string }[] } }[],
    name: string,
  ) => number | null;
  parsePort: (v: string) => { port: number } | { error: string };
};

const ep = (o: Partial<Ep> & Pick<Ep, 'serviceName' | 'taskId' | 'slot' | 'nodeId'>): Ep => ({
  nodeName: o.nodeId.replace('id-', ''),
  state: 'RUNNING',
  health: 'HEALTHY',
  ip: null,
  inDns: false,
  ...o,
});

describe('network page helpers', () => {
  it("shows a replica's health when it has a check, else its task state", () => {
    expect(lib.replicaStatus({ state: 'RUNNING', health: 'UNHEALTHY' })).toBe('UNHEALTHY');
    expect(lib.replicaStatus({ state: 'RUNNING', health: 'NONE' })).toBe('RUNNING');
    expect(lib.replicaStatus({ state: 'STARTING', health: '' })).toBe('STARTING');
  });

  it('lays replicas out per node by service and slot, keeping nodes without replicas and their slices', () => {
    const cols = lib.nodeColumns(
      [
        { nodeId: 'id-n2', nodeName: 'n2', present: true, slice: '10.1.0.64/26', error: null },
        { nodeId: 'id-n1', nodeName: 'n1', present: true, slice: '10.1.0.0/26', error: null },
        { nodeId: 'id-n3', nodeName: 'n3', present: false, slice: null, error: 'engine down' },
      ],
      [
        ep({ serviceName: 'web', taskId: 't2', slot: 2, nodeId: 'id-n1' }),
        ep({ serviceName: 'db', taskId: 't3', slot: 1, nodeId: 'id-n1' }),
        ep({ serviceName: 'web', taskId: 't1', slot: 1, nodeId: 'id-n1' }),
        ep({ serviceName: 'web', taskId: 't4', slot: 3, nodeId: 'id-n2' }),
        // a replica on a node the network listing did not name still gets its column
        ep({ serviceName: 'web', taskId: 't5', slot: 4, nodeId: 'id-n4' }),
      ],
    );
    expect(cols.map((c) => c.nodeName)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(cols[0]!.slice).toBe('10.1.0.0/26');
    expect(cols[0]!.services.map((s) => [s.name, s.replicas.map((r) => r.taskId)])).toEqual([
      ['db', ['t3']],
      ['web', ['t1', 't2']],
    ]);
    expect(cols[2]).toMatchObject({ present: false, error: 'engine down', services: [] });
    expect(cols[3]).toMatchObject({ slice: null, present: false });
    expect(cols[3]!.services[0]!.replicas[0]!.taskId).toBe('t5');
  });

  it('offers the running replicas once each, by service and slot, to check from', () => {
    const choices = lib.replicaChoices([
      ep({ serviceName: 'web', taskId: 't2', slot: 2, nodeId: 'id-n2', ip: '10.1.0.66' }),
      ep({ serviceName: 'api', taskId: 't1', slot: 1, nodeId: 'id-n1' }),
      ep({ serviceName: 'web', taskId: 't2', slot: 2, nodeId: 'id-n2', ip: '10.2.0.66' }), // second network
      ep({ serviceName: 'web', taskId: 't9', slot: 1, nodeId: 'id-n1', state: 'STARTING' }),
    ]);
    expect(choices).toEqual([
      { value: 't1', label: 'api #1 on n1', service: 'api' },
      { value: 't2', label: 'web #2 on n2 (10.1.0.66)', service: 'web' },
    ]);
  });

  it("defaults the port to the target's first TCP port and checks what is typed", () => {
    const services = [
      {
        name: 'web',
        spec: {
          ports: [
            { containerPort: 53, protocol: 'UDP' },
            { containerPort: 8080, protocol: 'TCP' },
          ],
        },
      },
      { name: 'worker', spec: { ports: [] } },
    ];
    expect(lib.defaultPort(services, 'web')).toBe(8080);
    expect(lib.defaultPort(services, 'worker')).toBeNull();
    expect(lib.defaultPort(services, 'nope')).toBeNull();
    expect(lib.parsePort(' 8080 ')).toEqual({ port: 8080 });
    for (const bad of ['', '0', '65536', '80.5', 'http']) expect(lib.parsePort(bad)).toHaveProperty('error');
  });
});
