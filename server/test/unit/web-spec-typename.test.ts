import { readFileSync } from 'node:fs';
import { buildSchema, coerceInputValue, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';

// The dashboard's update form starts from urql query results, which carry __typename on every
// object. Checked against the emitted schema, so an input field added later is covered too.
// The web module is loaded by path, not imported: server's tsc (rootDir server/) must not compile
// web sources with their @/ alias; vitest transforms it at run time.
const webSpec = new URL('../../../web/src/lib/spec.ts', import.meta.url).pathname;
const { formFromSpec, toSpecInput } = (await import(webSpec)) as {
  formFromSpec: (s: unknown) => unknown;
  toSpecInput: (f: unknown) => unknown;
};

const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));

const upd = {
  __typename: 'UpdateConfig',
  parallelism: 1,
  delayMs: 0,
  monitorMs: 5000,
  minReadyMs: 0,
  maxFailureRatio: 0,
  failureAction: 'PAUSE',
  order: 'STOP_FIRST',
} as const;

const queried = {
  __typename: 'ServiceSpec',
  name: 'web',
  image: 'nginx:1.27',
  mode: 'REPLICATED',
  replicas: 2,
  command: null,
  env: [{ __typename: 'KeyValue', key: 'A', value: '1' }],
  labels: [{ __typename: 'KeyValue', key: 'team', value: 'x' }],
  ports: [{ __typename: 'PortMapping', containerPort: 80, hostPort: 8080, hostIp: '', protocol: 'tcp' }],
  limits: { __typename: 'Resources', cpus: 0.5, memoryBytes: 64 * 1024 * 1024 },
  reservations: { __typename: 'Resources', cpus: 0, memoryBytes: 0 },
  healthCheck: null,
  placement: {
    __typename: 'Placement',
    constraints: [],
    spread: [],
    maxReplicasPerNode: 0,
    nodeAffinity: [{ __typename: 'WeightedExpression', expression: 'node.labels.disk == ssd', weight: 5 }],
    serviceAffinity: [],
  },
  update: upd,
  rollback: upd,
  stopTimeoutSec: 10,
  volumes: [{ __typename: 'Mount', type: 'volume', source: 'data', target: '/data', readOnly: false }],
  networks: [],
  restartPolicy: {
    __typename: 'ServiceRestartPolicy',
    condition: 'ANY',
    maxAttempts: 0,
    delayMs: 500,
    maxDelayMs: 30000,
    windowMs: 0,
  },
  priority: 0,
  preemption: false,
  ingress: null,
  autoscale: null,
  secrets: [{ __typename: 'SecretRef', name: 'pw', target: 'pw', env: null }],
  security: null,
} as const;

describe('update form built from query results (issue #23)', () => {
  it('sends only fields that ServiceSpecInput has, though every queried object has __typename', () => {
    const input = toSpecInput(formFromSpec(queried));
    const errors: string[] = [];
    coerceInputValue(input, schema.getType('ServiceSpecInput') as GraphQLInputType, (path, _v, e) =>
      errors.push(`${path.join('.')}: ${e.message}`),
    );
    expect(errors).toEqual([]);
    expect(JSON.stringify(input)).not.toContain('__typename');
  });
});
