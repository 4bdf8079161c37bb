import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  coerceInputValue,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildServiceSpec, type ServiceSpecInput } from '../../src/app/service-spec.js';
import { ServiceSpecType } from '../../src/api/service/service.type.js';
import { inlineFragments, webDocuments, webFragments } from './web-documents.js';

// The dashboard's Update tab sends a whole spec (updateService replaces it), built from the
// service query's answer. Every field of ServiceSpecInput must be either edited by the form or
// carried through unchanged. The fields are walked from the emitted schema, so a field added
// later fails here until the form, and the query it starts from, handle it.
// The web module is loaded by path (server's tsc must not compile web sources).
const web = (p: string) => new URL(`../../../web/src/${p}`, import.meta.url).pathname;
interface ProgressiveForm {
  canary: string;
  steps: { weight: string; durationMs: string }[];
  analysisEnabled: boolean;
  analysis: Record<string, string>;
  blueGreen: boolean;
  blueGreenKeepMs: string;
}
interface Form {
  constraints: string;
  replicas: string;
  update: { progressive: ProgressiveForm | null };
}
const { formFromSpec, toSpecInput, validateForm } = (await import(web('lib/spec.ts'))) as {
  formFromSpec: (s: unknown, pins?: { constraint: string; reason: string }[]) => Form;
  toSpecInput: (f: unknown) => ServiceSpecInput;
  validateForm: (f: unknown) => { field: string; reason: string }[];
};

const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
const specInputType = schema.getType('ServiceSpecInput') as GraphQLInputObjectType;

/** Leaf paths of an input type ("placement.nodeAffinity.weight"), through lists and non-nulls. */
function leafPaths(t: GraphQLInputObjectType, prefix = ''): string[] {
  return Object.values(t.getFields()).flatMap((f) => {
    const named = getNamedType(f.type);
    const p = `${prefix}${f.name}`;
    return isInputObjectType(named) ? leafPaths(named, `${p}.`) : [p];
  });
}

/** Whether some value is set at `path` (a list counts when one of its elements has it). */
function has(v: unknown, path: readonly string[]): boolean {
  if (Array.isArray(v)) return v.some((x) => has(x, path));
  if (path.length === 0) return v !== undefined && v !== null;
  return typeof v === 'object' && v !== null && has((v as Record<string, unknown>)[path[0]!], path.slice(1));
}

/** What urql hands the form: only the fields the query selects, and __typename on every object. */
function project(value: unknown, type: GraphQLOutputType, sel: SelectionSetNode | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return project(value, type.ofType, sel);
  if (isListType(type)) return (value as unknown[]).map((x) => project(x, type.ofType, sel));
  if (!isObjectType(type) || !sel) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = { __typename: type.name };
  for (const s of sel.selections as FieldNode[]) {
    const field = (type as GraphQLObjectType).getFields()[s.name.value]!;
    out[s.name.value] = project(obj[s.name.value], field.type, s.selectionSet);
  }
  return out;
}

/** The `spec { ... }` selection of the dashboard's ServiceQuery (web/src/graphql/services.ts), fragments inlined. */
function serviceQuerySpecSelection(): SelectionSetNode {
  const docs = webDocuments();
  const op = docs
    .filter((d) => d.file === 'graphql/services.ts')
    .flatMap((d) => d.definitions)
    .find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Service',
    )!;
  const service = inlineFragments(op.selectionSet, webFragments(docs)).selections[0] as FieldNode;
  const spec = service.selectionSet!.selections.find((s) => (s as FieldNode).name.value === 'spec');
  return (spec as FieldNode).selectionSet!;
}

// Every field set, none to its default.
const full: ServiceSpecInput = {
  name: 'keep',
  image: 'local/webapp:v1',
  command: ['/app/run.sh', '--port', '8080'],
  env: [{ key: 'MODE', value: 'x' }],
  labels: [{ key: 'team', value: 'core' }],
  ports: [
    { containerPort: 8080, hostPort: 18080, hostIp: '127.0.0.1', protocol: 'tcp' },
    { containerPort: 9000, protocol: 'udp' },
  ],
  volumes: [
    { type: 'VOLUME', source: 'keepdata', target: '/data', readOnly: true },
    { type: 'TMPFS', target: '/scratch' },
  ],
  networks: ['backend'],
  resources: { cpuLimit: 0.5, cpuReservation: 0.25, memoryLimit: '64m', memoryReservation: '32m' },
  healthCheck: { shell: 'true', intervalMs: 700, timeoutMs: 600, retries: 4, startPeriodMs: 100 },
  restartPolicy: { condition: 'ON_FAILURE', maxAttempts: 5, delayMs: 700, maxDelayMs: 9000, windowMs: 60000 },
  mode: 'REPLICATED',
  replicas: 3,
  priority: 7,
  preemption: true,
  placement: {
    constraints: ['node.labels.zone == eu'],
    spread: ['node.labels.zone'],
    maxReplicasPerNode: 2,
    nodeAffinity: [{ expression: 'node.labels.disk == ssd', weight: 10 }],
    serviceAffinity: [{ service: 'db', weight: -20 }],
    clusters: {
      affinity: { names: ['eu-1', 'us-1'], labels: [{ key: 'tier', value: 'gold' }], regions: ['eu', 'us'] },
      antiAffinity: { names: ['ap-1'], labels: [{ key: 'retired', value: 'yes' }], regions: ['ap'] },
      spread: 'ZONE',
      replicaScheduling: 'DIVIDED_STATIC',
      weights: [
        { cluster: 'eu-1', weight: 2 },
        { cluster: 'us-1', weight: 1 },
      ],
      regionPreference: ['eu'],
      overrides: [
        {
          cluster: 'us-1',
          image: 'local/webapp:v2',
          env: [{ key: 'REGION', value: 'us' }],
          replicas: 1,
          resources: { cpuLimit: 0.5, cpuReservation: 0.25, memoryLimit: '64m', memoryReservation: '32m' },
        },
      ],
    },
  },
  update: {
    parallelism: 2,
    delayMs: 100,
    order: 'START_FIRST',
    failureAction: 'PAUSE',
    monitorMs: 3000,
    minReadyMs: 600,
    maxFailureRatio: 0.5,
    canary: 2,
    canarySteps: [
      { weight: 10, durationMs: 4000 },
      { weight: 40, durationMs: 6000 },
    ],
    analysis: { maxErrorRateIncrease: 0.1, maxP95Ratio: 3, minP95IncreaseMs: 20, minRequests: 30 },
    blueGreenKeepMs: 45000,
  },
  rollback: {
    parallelism: 3,
    delayMs: 200,
    order: 'START_FIRST',
    failureAction: 'CONTINUE',
    monitorMs: 4000,
    minReadyMs: 0,
    maxFailureRatio: 0.25,
  },
  stopTimeoutSec: 3,
  ingress: {
    port: 18081,
    targetPort: 8080,
    algorithm: 'LEAST_CONNECTIONS',
    failureThreshold: 2,
    resetTimeoutMs: 1000,
    upstreamTimeoutMs: 5000,
    routes: [{ host: 'app.test', pathPrefix: '/api' }],
    tls: { secret: 'app-cert' },
    probe: { path: '/health', intervalMs: 1000, timeoutMs: 500, healthyThreshold: 2, unhealthyThreshold: 3 },
  },
  autoscale: {
    min: 2,
    max: 6,
    targetCpuPercent: 60,
    targetMemoryPercent: 70,
    targetRequestRate: 50,
    tolerance: 0.2,
    scaleUpStabilizationMs: 1000,
    scaleDownStabilizationMs: 2000,
    cooldownMs: 3000,
  },
  secrets: [{ name: 'db-password', target: 'dbpw', env: 'DB_PASSWORD' }],
  privileged: true,
  hostNetwork: true,
  hostPid: true,
  capAdd: ['NET_ADMIN'],
  entrypoint: ['/bin/sh', '-c'],
  aliases: [{ network: 'backend', aliases: ['api', 'www'] }],
};

// A health check is given as a shell line or as a command, never both; a rollout is a canary or
// blue-green, never both; a rollback takes none of the progressive settings (it is refused).
const ALTERNATIVES = new Set([
  'healthCheck.command',
  'update.blueGreen',
  ...['canary', 'canarySteps.weight', 'canarySteps.durationMs', 'blueGreen', 'blueGreenKeepMs'].map(
    (k) => `rollback.${k}`,
  ),
  ...['maxErrorRateIncrease', 'maxP95Ratio', 'minP95IncreaseMs', 'minRequests'].map(
    (k) => `rollback.analysis.${k}`,
  ),
]);

describe('update form keeps every ServiceSpecInput field (issue #13 item 2)', () => {
  const { spec, errors } = buildServiceSpec(full);
  const queried = project(
    ServiceSpecType.from(spec),
    schema.getType('ServiceSpec') as GraphQLObjectType,
    serviceQuerySpecSelection(),
  );
  const sent = toSpecInput(formFromSpec(queried));

  it('the fixture sets every input field of the emitted schema, each away from its default', () => {
    expect(errors).toEqual([]);
    const missing = leafPaths(specInputType).filter((p) => !ALTERNATIVES.has(p) && !has(full, p.split('.')));
    expect(missing).toEqual([]);
    const defaults = buildServiceSpec({ name: full.name, image: full.image }).spec;
    const same = Object.keys(spec).filter(
      (k) =>
        !['name', 'image', 'mode'].includes(k) &&
        JSON.stringify(spec[k as keyof typeof spec]) === JSON.stringify(defaults[k as keyof typeof defaults]),
    );
    expect(same).toEqual([]);
  });

  it('formFromSpec → toSpecInput sends every field, valid for ServiceSpecInput, and the same spec comes back', () => {
    const dropped = leafPaths(specInputType).filter((p) => !ALTERNATIVES.has(p) && !has(sent, p.split('.')));
    expect(dropped).toEqual([]);
    const invalid: string[] = [];
    coerceInputValue(sent, specInputType as GraphQLInputType, (path, _v, e) =>
      invalid.push(`${path.join('.')}: ${e.message}`),
    );
    expect(invalid).toEqual([]);
    const again = buildServiceSpec(sent);
    expect(again.errors).toEqual([]);
    expect(again.spec).toEqual(spec);
  });

  it('a volume pin stays out of the constraints box and is sent whatever the box says (issue #23)', () => {
    const pin = { constraint: 'node.id == 0b7e', reason: 'pinned to n2: volume keepdata lives there' };
    const pinnedSpec = {
      ...(queried as Record<string, unknown>),
      placement: {
        ...(queried as { placement: object }).placement,
        constraints: ['node.labels.zone == eu', pin.constraint],
      },
    };
    const form = formFromSpec(pinnedSpec, [pin]);
    expect(form.constraints).toBe('node.labels.zone == eu');
    expect(toSpecInput(form).placement?.constraints).toEqual(['node.labels.zone == eu', pin.constraint]);
    expect(toSpecInput({ ...form, constraints: '' }).placement?.constraints).toEqual([pin.constraint]);
  });
});

describe('the canary and blue-green inputs of the Update tab (issue #19)', () => {
  const queried = project(
    ServiceSpecType.from(buildServiceSpec(full).spec),
    schema.getType('ServiceSpec') as GraphQLObjectType,
    serviceQuerySpecSelection(),
  );
  const base = formFromSpec(queried);
  const edit = (p: Partial<ProgressiveForm>, replicas = base.replicas): Form => ({
    ...base,
    replicas,
    update: { ...base.update, progressive: { ...base.update.progressive!, ...p } },
  });

  it("shows the spec's settings as typed text and sends what is typed", () => {
    expect(base.update.progressive).toEqual({
      canary: '2',
      steps: [
        { weight: '10', durationMs: '4000' },
        { weight: '40', durationMs: '6000' },
      ],
      analysisEnabled: true,
      analysis: { maxErrorRateIncrease: '0.1', maxP95Ratio: '3', minP95IncreaseMs: '20', minRequests: '30' },
      blueGreen: false,
      blueGreenKeepMs: '45000',
    });
    const canary = toSpecInput(
      edit({ canary: '1', steps: [{ weight: '20', durationMs: '5000' }], analysisEnabled: false }),
    );
    expect(canary.update).toMatchObject({ canary: 1, canarySteps: [{ weight: 20, durationMs: 5000 }] });
    expect(canary.update).not.toHaveProperty('analysis');
    expect(buildServiceSpec(canary).spec.update.analysis).toBeUndefined();
    const bg = toSpecInput(edit({ canary: '0', steps: [], blueGreen: true, blueGreenKeepMs: '1000' }));
    expect(bg.update).toMatchObject({ blueGreen: true, blueGreenKeepMs: 1000 });
    expect(bg.update).not.toHaveProperty('canary');
    const analysis = toSpecInput(
      edit({
        analysis: { maxErrorRateIncrease: '0.2', maxP95Ratio: '', minP95IncreaseMs: '', minRequests: '' },
      }),
    );
    expect(buildServiceSpec(analysis).spec.update.analysis).toEqual({
      maxErrorRateIncrease: 0.2,
      maxP95Ratio: 2,
      minP95IncreaseMs: 50,
      minRequests: 20,
    });
  });

  it('refuses what the server refuses, on the same field with the same message', () => {
    const bad: [string, Form][] = [
      ['canary with blue-green', edit({ blueGreen: true })],
      ['a canary over the replicas', edit({ canary: '4' })],
      ['a canary over the replicas typed down', edit({}, '1')],
      [
        'weights not increasing and over 100',
        edit({
          steps: [
            { weight: '50', durationMs: '1000' },
            { weight: '50', durationMs: '1000' },
            { weight: '101', durationMs: '1000' },
          ],
        }),
      ],
      ['a negative duration', edit({ steps: [{ weight: '10', durationMs: '-1' }] })],
      ['a negative keep time', edit({ canary: '0', blueGreen: true, blueGreenKeepMs: '-5' })],
      [
        'a negative analysis bound',
        edit({ analysis: { ...base.update.progressive!.analysis, maxP95Ratio: '-2' } }),
      ],
    ];
    for (const [what, form] of bad) {
      const server = buildServiceSpec(toSpecInput(form)).errors.filter((e) => e.field.startsWith('update.'));
      expect(server.length, what).toBeGreaterThan(0);
      expect(
        validateForm(form).filter((e) => e.field.startsWith('update.')),
        what,
      ).toEqual(server);
    }
    expect(validateForm(base)).toEqual([]);
  });
});

describe('the clusters fields of the deploy form (issue #15 item 7)', () => {
  const queried = project(
    ServiceSpecType.from(buildServiceSpec(full).spec),
    schema.getType('ServiceSpec') as GraphQLObjectType,
    serviceQuerySpecSelection(),
  );
  const base = formFromSpec(queried) as Form & {
    federation: { scheduling: string; clusters: string; weights: string };
  };
  const fed = (f: Partial<typeof base.federation>) => ({ ...base, federation: { ...base.federation, ...f } });

  it('shows the placement as typed text, sends what is typed and keeps the parts it has no inputs for', () => {
    expect(base.federation).toEqual({
      scheduling: 'DIVIDED_STATIC',
      clusters: 'eu-1\nus-1',
      weights: 'eu-1 = 2\nus-1 = 1',
    });
    const sent = toSpecInput(fed({ clusters: 'eu-1\nap-2', weights: 'eu-1=3\nap-2 = 0' }));
    const built = buildServiceSpec(sent);
    expect(built.errors).toEqual([]);
    const c = built.spec.placement.clusters!;
    expect(c.replicaScheduling).toBe('DIVIDED_STATIC');
    expect(c.affinity?.names).toEqual(['eu-1', 'ap-2']);
    // Labels and regions of the selector, the anti-affinity and the overrides are carried.
    expect(c.affinity?.regions).toEqual(['eu', 'us']);
    expect(c.antiAffinity?.names).toEqual(['ap-1']);
    expect(c.overrides.map((o) => o.cluster)).toEqual(['us-1']);
    expect(c.weights).toEqual([
      { cluster: 'eu-1', weight: 3 },
      { cluster: 'ap-2', weight: 0 },
    ]);
    const dup = buildServiceSpec(toSpecInput(fed({ scheduling: 'DUPLICATED', weights: '' })));
    expect(dup.errors).toEqual([]);
    expect(dup.spec.placement.clusters?.replicaScheduling).toBe('DUPLICATED');
  });

  it('"not federated" sends no placement.clusters: the service becomes an ordinary one', () => {
    expect(toSpecInput(fed({ scheduling: '' })).placement?.clusters).toBeNull();
    expect(buildServiceSpec(toSpecInput(fed({ scheduling: '' }))).spec.placement.clusters ?? null).toBeNull();
  });

  it('refuses a weight line that is not "cluster = weight" or is over 1000, on its line', () => {
    expect(validateForm(fed({ weights: 'eu-1 = 2\neu-1: 2\nus-1 = 1001' }))).toEqual([
      { field: 'placement.clusters.weights[1]', reason: '"eu-1: 2" is not "cluster = weight"' },
      { field: 'placement.clusters.weights[2]', reason: 'weight 1001 is over 1000' },
    ]);
    expect(validateForm(base)).toEqual([]);
  });
});
