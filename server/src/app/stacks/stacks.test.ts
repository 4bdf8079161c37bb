import { beforeEach, describe, expect, it } from 'vitest';
import type { StevedoreEvent } from '../../domain/event.js';
import { Store } from '../../store/store.js';
import { StackRepository } from '../../store/stack.repo.js';
import { AppError, fieldErrors } from '../errors.js';
import { EventBus } from '../event-bus.js';
import { buildServiceSpec, type ServiceSpecInput } from '../service-spec.js';
import { ServiceService } from '../services.js';
import { StackService, startOrder } from './stacks.js';
import type { ParsedService, ParsedStack } from './types.js';

/*
 * The stacks use case over a real store and ServiceService, with the compose translation and the
 * engines' side (networks, volumes, secrets) replaced by small fakes: the plan, the diff, the
 * order, the refusals and what a dry run leaves. The same on real engines: test/integration/stacks.test.ts.
 */

const svc = (
  stack: string,
  composeName: string,
  input: Partial<ServiceSpecInput> = {},
  dependsOn: ParsedService['dependsOn'] = [],
  line = 2,
): ParsedService => ({
  name: `${stack}_${composeName}`,
  composeName,
  input: { name: `${stack}_${composeName}`, image: 'local/webapp:v1', replicas: 1, ...input },
  dependsOn,
  aliases: (input.networks ?? []).map((network) => ({ network, aliases: [composeName] })),
  line,
});

const parsedOf = (services: ParsedService[], extra: Partial<ParsedStack> = {}): ParsedStack => ({
  services,
  networks: [],
  volumes: [],
  secrets: [],
  warnings: [],
  variables: [],
  ...extra,
});

describe('StackService', () => {
  let store: Store;
  let services: ServiceService;
  let stacks: StackService;
  let next: ParsedStack;
  let events: StevedoreEvent[];
  const networks = new Map<
    string,
    {
      id: string;
      name: string;
      driver: 'BRIDGE' | 'INTERNAL';
      subnet: string;
      labels: Record<string, string>;
      clusterId: string;
    }
  >();
  const secrets = new Map<string, string>();

  beforeEach(() => {
    store = Store.open(':memory:');
    store.clusters.ensureDefault();
    const bus = new EventBus();
    events = [];
    bus.subscribe((e) => events.push(e));
    networks.clear();
    secrets.clear();
    const admission = {
      service: async (req: { input: ServiceSpecInput; provided?: { networks?: readonly string[] } }) => {
        const b = buildServiceSpec(req.input);
        if (b.errors.length) throw fieldErrors(b.errors);
        b.spec.networks.forEach((n, i) => {
          if (!networks.has(n) && !req.provided?.networks?.includes(n))
            throw fieldErrors([{ field: `networks[${i}]`, reason: `network "${n}" does not exist` }]);
        });
        return b.spec;
      },
      restored: async () => {},
    };
    services = new ServiceService(store, bus, { wake() {}, eligibleCount: () => 0 }, admission);
    stacks = new StackService({
      repo: new StackRepository(store.db),
      services,
      admission,
      networks: {
        get: (ref) => networks.get(ref),
        create: async (input) => {
          networks.set(input.name, {
            id: input.name,
            name: input.name,
            driver: input.driver ?? 'BRIDGE',
            subnet: '10.1.0.0/24',
            labels: input.labels ?? {},
            clusterId: 'default',
          });
        },
        remove: async (ref) => networks.delete(ref),
        usedBy: () => [],
      },
      volumes: { holders: () => [], remove: async () => {} },
      secrets: {
        get: (_env, name) => secrets.get(name),
        create: (_env, name, value) => secrets.set(name, value),
        rotate: (_env, name, value) => secrets.set(name, value),
        reveal: (_env, name) => Buffer.from(secrets.get(name) ?? ''),
        remove: (_env, name) => secrets.delete(name),
      },
      environments: { ofCluster: () => 'default', clustersOf: () => ['default'] },
      clusters: store.clusters,
      bus,
      parse: () => structuredClone(next),
      toCompose: () => '',
      healthyWaitMs: 300,
      removeWaitMs: 300,
    });
  });

  const deploy = (extra: { dryRun?: boolean; removeOrphans?: boolean } = {}) =>
    stacks.deploy({ name: 'shop', compose: 'services: {}', ...extra }, 'tester');
  const names = () =>
    services
      .list()
      .map((s) => s.name)
      .sort();

  it('plans a first deploy and, as a dry run, creates nothing', async () => {
    next = parsedOf([svc('shop', 'web', { networks: ['shop_front'] })], {
      networks: [
        {
          name: 'shop_front',
          composeName: 'front',
          external: false,
          internal: false,
          labels: {},
          subnet: null,
          gateway: null,
          line: 8,
        },
      ],
    });
    const r = await deploy({ dryRun: true });
    expect(r.applied).toBe(false);
    expect(r.stack).toBeNull();
    expect(r.plan.create.map((i) => `${i.kind}:${i.name}`)).toEqual([
      'network:shop_front',
      'service:shop_web',
    ]);
    expect(names()).toEqual([]);
    expect(networks.size).toBe(0);
    expect(stacks.get('shop')).toBeUndefined();

    const done = await deploy();
    expect(done.applied).toBe(true);
    expect(names()).toEqual(['shop_web']);
    expect(networks.get('shop_front')?.labels).toEqual({ 'stevedore.stack': 'shop' });
    const web = services.get('shop_web')!;
    expect(web.spec.labels['stevedore.stack']).toBe('shop');
    expect(web.spec.aliases).toEqual([{ network: 'shop_front', aliases: ['web'] }]);
    expect(events.filter((e) => e.kind === 'stack.deployed')).toHaveLength(1);
  });

  it('a redeploy is a diff: only the changed service gets a revision, the field diff says what', async () => {
    next = parsedOf([svc('shop', 'web'), svc('shop', 'api')]);
    await deploy();
    next = parsedOf([svc('shop', 'web'), svc('shop', 'api', { image: 'local/webapp:v2' })]);
    const r = await deploy();
    expect(r.plan.update).toEqual([
      {
        kind: 'service',
        name: 'shop_api',
        diff: [{ field: 'image', from: '"local/webapp:v1"', to: '"local/webapp:v2"' }],
      },
    ]);
    expect(r.plan.unchanged).toEqual(['service:shop_web']);
    expect(services.get('shop_api')!.currentRevision).toBe(2);
    expect(services.get('shop_web')!.currentRevision).toBe(1);
  });

  it('creates dependencies first, and refuses a depends_on cycle with its line and key', () => {
    const a = svc('s', 'a', {}, [{ service: 's_b', composeName: 'b', condition: 'service_started' }], 2);
    const b = svc('s', 'b', {}, [{ service: 's_c', composeName: 'c', condition: 'service_started' }], 5);
    const c = svc('s', 'c', {}, [], 8);
    expect(startOrder([a, b, c]).map((x) => x.composeName)).toEqual(['c', 'b', 'a']);
    const loop = svc('s', 'c', {}, [{ service: 's_a', composeName: 'a', condition: 'service_started' }], 8);
    try {
      startOrder([a, b, loop]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.details).toMatchObject({ key: 'depends_on', field: 'services.a.depends_on', line: 2 });
      expect(e.message).toContain('a → b → c → a');
    }
  });

  it('waits for service_healthy and, when the dependency never gets there, creates nothing after it', async () => {
    next = parsedOf([
      svc('shop', 'web', {}, [{ service: 'shop_db', composeName: 'db', condition: 'service_healthy' }]),
      svc('shop', 'db'),
    ]);
    const err = await deploy().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CONFLICT');
    expect((err as AppError).message).toMatch(/shop_db did not become healthy .* shop_web depends on it/);
    expect(names()).toEqual(['shop_db']);
    // The stack keeps what it created, so removeStack finds it.
    expect(stacks.get('shop')!.services.map((s) => s.service.name)).toEqual(['shop_db']);
  });

  it('runs two deploys of one stack one after the other: the second plans on what the first made', async () => {
    next = parsedOf([svc('shop', 'web'), svc('shop', 'api')]);
    const [a, b] = await Promise.all([deploy(), deploy()]);
    expect(a.plan.create.map((i) => i.name).sort()).toEqual(['shop_api', 'shop_web']);
    expect(b.plan.create).toEqual([]);
    expect(b.plan.unchanged.sort()).toEqual(['service:shop_api', 'service:shop_web']);
    expect(names()).toEqual(['shop_api', 'shop_web']);
  });

  it('lists services that left the file and removes them only with removeOrphans', async () => {
    next = parsedOf([svc('shop', 'web'), svc('shop', 'old')]);
    await deploy();
    next = parsedOf([svc('shop', 'web')]);
    const kept = await deploy();
    expect(kept.plan.remove).toEqual([{ kind: 'service', name: 'shop_old', diff: [] }]);
    expect(kept.plan.warnings.map((w) => w.key)).toContain('removeOrphans');
    expect(names()).toEqual(['shop_old', 'shop_web']);
    expect(stacks.get('shop')!.services).toHaveLength(2);
    await deploy({ removeOrphans: true });
    expect(names()).toEqual(['shop_web']);
    expect(stacks.get('shop')!.services).toHaveLength(1);
  });

  it('refuses a name another stack or no stack owns, and points an admission refusal at the service', async () => {
    await services.create({ name: 'shop_web', image: 'local/webapp:v1' });
    next = parsedOf([svc('shop', 'web')]);
    await expect(deploy()).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(stacks.get('shop')).toBeUndefined();

    next = parsedOf([svc('shop', 'api', {}, [], 3), svc('shop', 'bad', { image: 'Not An Image!' }, [], 7)]);
    const err = (await deploy().catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.details).toMatchObject({ field: 'services.bad.image', key: 'image', line: 7, service: 'bad' });
    expect(err.message).toMatch(/^line 7: services\.bad: /);
    expect(names()).toEqual(['shop_web']);
  });

  it('refuses an external secret or network that does not exist, before anything is created', async () => {
    next = parsedOf([svc('shop', 'web')], {
      secrets: [
        { name: 'missing', composeName: 'missing', external: true, file: null, content: null, line: 9 },
      ],
      networks: [
        {
          name: 'outside',
          composeName: 'outside',
          external: true,
          internal: false,
          labels: {},
          subnet: null,
          gateway: null,
          line: 5,
        },
      ],
    });
    const err = (await deploy().catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.details).toMatchObject({ field: 'networks.outside', key: 'external', line: 5 });
    expect((err.details.problems as unknown[]).length).toBe(2);
    expect(names()).toEqual([]);
    expect(stacks.get('shop')).toBeUndefined();
  });
});
