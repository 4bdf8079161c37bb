import { beforeAll, describe, expect, it } from 'vitest';
import type { Service, ServiceSpec } from '../domain/service.js';
import { Store } from '../store/store.js';
import { selfSignedCert } from './testing/self-signed.js';
import { DEFAULT_CLUSTER_ID } from '../store/cluster.repo.js';
import { Admission, type AdmissionDeps, type ServiceRequest } from './admission.js';
import { AppError } from './errors.js';
import { EventBus } from './event-bus.js';
import { ReconcileLine } from './ports.js';
import { buildServiceSpec, type ServiceSpecInput } from './service-spec.js';
import { ServiceService } from './services.js';

let pem = '';
beforeAll(() => {
  pem = selfSignedCert('app.test').pem;
});

/** Another service already published, as the route conflict check reads it. */
const published = (name: string, ingress: Partial<NonNullable<ServiceSpec['ingress']>>) =>
  ({ id: `id-${name}`, name, spec: { ingress: { port: 18080, ...ingress } } }) as unknown as Service;

/** Fakes that write down each step as it runs; `refuse` makes one of them throw. */
function fakes(refuse?: 'policy' | 'quota', others: Service[] = []) {
  const calls: string[] = [];
  const deps: AdmissionDeps = {
    clusters: { get: (id) => (id === DEFAULT_CLUSTER_ID ? { id } : undefined), list: () => [] },
    environments: {
      ofCluster: () => 'env-1',
      nameOf: () => 'prod',
      enforcePolicy: () => {
        calls.push('policy');
        if (refuse === 'policy') throw new AppError('FORBIDDEN', 'policy privileged', { rule: 'privileged' });
      },
    },
    secrets: {
      get: (_env, name) => {
        calls.push(`secret ${name}`);
        return ['db-password', 'tls-ok', 'tls-bad', 'tls-nokey'].includes(name)
          ? ({ name } as never)
          : undefined;
      },
      reveal: (_env, name) => {
        calls.push(`reveal ${name}`);
        if (name === 'tls-ok') return Buffer.from(pem);
        if (name === 'tls-nokey') return Buffer.from(pem.slice(0, pem.indexOf('-----BEGIN PRIVATE KEY')));
        return Buffer.from('not a certificate');
      },
    },
    services: { list: () => others },
    quotas: {
      checkService: async () => {
        calls.push('quota');
        if (refuse === 'quota')
          throw new AppError('FORBIDDEN', 'quota maxServices', { quota: 'maxServices' });
      },
    },
    networks: {
      get: (name) => {
        calls.push(`network ${name}`);
        return name === 'backend' ? ({ name } as never) : undefined;
      },
    },
    bindAllowedPaths: ['/srv'],
  };
  return { calls, admission: new Admission(deps) };
}

const spec = (over: Partial<ServiceSpecInput> = {}): ServiceSpecInput => ({
  name: 'web',
  image: 'nginx:1.27',
  secrets: [{ name: 'db-password' }],
  networks: ['backend'],
  volumes: [{ type: 'bind', source: '/srv/www', target: '/usr/share/nginx/html' }],
  ...over,
});
const request = (over: Partial<ServiceSpecInput> = {}): ServiceRequest => ({
  input: spec(over),
  clusterId: DEFAULT_CLUSTER_ID,
  before: null,
});
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const { code, message, details } = err as AppError;
  return { code, message, field: details.field };
};

describe('admission pipeline (app/admission.ts)', () => {
  it('runs validate, policy, secrets, quota, binds and networks in that order, each once, and returns the spec', async () => {
    const { calls, admission } = fakes();
    const admitted = await admission.service(request());
    expect(calls).toEqual(['policy', 'secret db-password', 'quota', 'network backend']);
    expect(admitted).toEqual(buildServiceSpec(spec()).spec);
  });

  it('an invalid spec is refused before any check that reads the environment', async () => {
    const { calls, admission } = fakes();
    expect(await refusal(admission.service(request({ image: 'Nginx' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'image',
    });
    expect(calls).toEqual([]);
  });

  it('a patch that does not apply is reported with the spec errors, first', async () => {
    const { calls, admission } = fakes();
    const r = await refusal(
      admission.service({ ...request(), inputErrors: [{ field: 'env[0]', reason: 'no such key' }] }),
    );
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'env[0]' });
    expect(calls).toEqual([]);
  });

  it('a policy refusal stops the pipeline: no secret, quota or network is looked at', async () => {
    const { calls, admission } = fakes('policy');
    expect(await refusal(admission.service(request()))).toMatchObject({ code: 'FORBIDDEN' });
    expect(calls).toEqual(['policy']);
  });

  it('a missing secret is named by its field, before the quota', async () => {
    const { calls, admission } = fakes();
    const r = await refusal(
      admission.service(request({ secrets: [{ name: 'db-password' }, { name: 'api-key' }] })),
    );
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secrets[1].name' });
    expect(calls).toEqual(['policy', 'secret db-password', 'secret api-key']);
  });

  it('over quota: FORBIDDEN, and binds and networks are not checked', async () => {
    const { calls, admission } = fakes('quota');
    expect(await refusal(admission.service(request()))).toMatchObject({ code: 'FORBIDDEN' });
    expect(calls).toEqual(['policy', 'secret db-password', 'quota']);
  });

  it('a bind outside the allowed paths and a missing network are both named, after the quota', async () => {
    const { calls, admission } = fakes();
    const r = await refusal(
      admission.service(
        request({ volumes: [{ type: 'bind', source: '/etc', target: '/x' }], networks: ['backend', 'nope'] }),
      ),
    );
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.field).toBe('volumes[0].source');
    expect(r.message).toContain('networks[1]: network "nope" does not exist');
    expect(calls).toEqual(['policy', 'secret db-password', 'quota', 'network backend', 'network nope']);
  });

  it('a restored spec (rollbackService) passes policy and quota again, nothing else', async () => {
    const { calls, admission } = fakes();
    const restored = buildServiceSpec(spec()).spec;
    await admission.restored({ spec: restored, clusterId: DEFAULT_CLUSTER_ID, before: {} as never });
    expect(calls).toEqual(['policy', 'quota']);
  });

  const web = (ingress: Record<string, unknown>) =>
    request({ ports: [{ containerPort: 8080 }], ingress: { port: 18080, ...ingress } });

  it('ingress routes: a malformed one is refused naming its field, a duplicate naming its index', async () => {
    const { admission } = fakes();
    expect(
      await refusal(admission.service(web({ routes: [{ host: 'a.test' }, { host: 'bad host!' }] }))),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ingress.routes[1].host' });
    expect(await refusal(admission.service(web({ routes: [{ pathPrefix: 'api' }] })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ingress.routes[0].pathPrefix',
    });
    const dup = await refusal(
      admission.service(
        web({
          routes: [
            { host: 'A.test', pathPrefix: '/x/' },
            { host: 'a.test', pathPrefix: '/x' },
          ],
        }),
      ),
    );
    expect(dup).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ingress.routes[1]' });
    expect(dup.message).toContain('a.test/x is given twice');
    const ok = await admission.service(web({ routes: [{ host: 'A.Test.', pathPrefix: '/api/' }] }));
    expect(ok.ingress?.routes).toEqual([{ host: 'a.test', pathPrefix: '/api' }]);
  });

  it('a route another service holds on the port is a CONFLICT naming that service; other hosts and paths share it', async () => {
    const others = [
      published('shop', { routes: [{ host: 'a.test', pathPrefix: '/' }] }),
      published('blog', {}),
    ];
    const { admission } = fakes(undefined, others.slice(0, 1));
    const r = await refusal(admission.service(web({ routes: [{ host: 'b.test' }, { host: 'a.test' }] })));
    expect(r).toMatchObject({ code: 'CONFLICT', field: 'ingress.routes[1]' });
    expect(r.message).toContain('to service shop');
    await admission.service(web({ routes: [{ host: 'a.test', pathPrefix: '/api' }] }));
    // two catch-alls (no routes) on one port
    const both = fakes(undefined, others.slice(1));
    const c = await refusal(both.admission.service(web({})));
    expect(c).toMatchObject({ code: 'CONFLICT', field: 'ingress.routes' });
    expect(c.message).toContain('service blog');
    // the service itself does not conflict with its own stored spec
    await both.admission.service({ ...web({}), before: { id: 'id-blog' } as Service });
    // a restored spec (rollback) is checked against the others too
    const restored = (await both.admission.service({ ...web({ routes: [{ host: 'c.test' }] }) })).ingress;
    expect(
      await refusal(
        both.admission.restored({
          spec: { ...buildServiceSpec(spec()).spec, ingress: { ...restored!, routes: [] } },
          clusterId: DEFAULT_CLUSTER_ID,
          before: { id: 'id-web' } as Service,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('TLS and plain HTTP on one port: CONFLICT on ingress.tls naming the other service', async () => {
    const { admission } = fakes(undefined, [
      published('shop', { routes: [{ host: 'a.test', pathPrefix: '/' }] }),
    ]);
    const r = await refusal(
      admission.service(web({ routes: [{ host: 'b.test' }], tls: { secret: 'tls-ok' } })),
    );
    expect(r).toMatchObject({ code: 'CONFLICT', field: 'ingress.tls' });
    expect(r.message).toContain('plain HTTP for service shop');
  });

  it('the TLS secret must exist and hold a PEM certificate with its key: BAD_USER_INPUT on ingress.tls.secret', async () => {
    const { admission, calls } = fakes();
    for (const [secret, says] of [
      ['nope', 'does not exist in environment prod'],
      ['tls-bad', 'holds no PEM certificate'],
      ['tls-nokey', 'holds no PEM private key'],
    ] as const) {
      const r = await refusal(admission.service(web({ tls: { secret } })));
      expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ingress.tls.secret' });
      expect(r.message).toContain(says);
    }
    const ok = await admission.service(web({ tls: { secret: 'tls-ok' } }));
    expect(ok.ingress?.tls).toEqual({ secret: 'tls-ok' });
    expect(calls).toContain('reveal tls-ok');
  });

  it('probe values out of range are named; defaults fill what is not given', async () => {
    const { admission } = fakes();
    const r = await refusal(
      admission.service(
        web({ probe: { path: 'health', intervalMs: 50, timeoutMs: 500, unhealthyThreshold: 0 } }),
      ),
    );
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ingress.probe.path' });
    expect(r.message).toContain(
      'ingress.probe.intervalMs: must be a whole number from 100 to 3600000 (got 50)',
    );
    expect(r.message).toContain('ingress.probe.timeoutMs: must not exceed intervalMs (50)');
    expect(r.message).toContain('ingress.probe.unhealthyThreshold');
    const ok = await admission.service(web({ probe: { path: '/health', intervalMs: 500 } }));
    expect(ok.ingress?.probe).toEqual({
      path: '/health',
      intervalMs: 500,
      timeoutMs: 500,
      healthyThreshold: 1,
      unhealthyThreshold: 1,
    });
  });

  it('for a cluster that does not exist only the checks that need no environment run', async () => {
    const { calls, admission } = fakes();
    await admission.service({ ...request(), clusterId: 'nowhere' }).catch(() => undefined);
    expect(calls).toEqual(['network backend']);
  });
});

describe('ServiceService admits each mutation once', () => {
  function services() {
    const admitted: string[] = [];
    const counting = {
      service: async (req: ServiceRequest): Promise<ServiceSpec> => {
        admitted.push(req.input.image);
        return buildServiceSpec(req.input).spec;
      },
      restored: async (req: { spec: ServiceSpec }) => {
        admitted.push(`restored ${req.spec.image}`);
      },
    } satisfies Pick<Admission, 'service' | 'restored'>;
    const store = Store.open(':memory:');
    store.clusters.ensureDefault();
    return { admitted, svc: new ServiceService(store, new EventBus(), new ReconcileLine(), counting) };
  }
  const plain = { name: 'web', image: 'nginx:1.27' };

  it('createService, updateService, patchService, a replicas-only patch and rollbackService each run the pipeline once', async () => {
    const { admitted, svc } = services();
    const s = await svc.create(plain);
    expect(admitted).toEqual(['nginx:1.27']);
    await svc.update(s.id, { ...plain, image: 'nginx:1.28' });
    expect(admitted).toEqual(['nginx:1.27', 'nginx:1.28']);
    await svc.patch(s.id, { image: 'nginx:1.29' });
    await svc.patch(s.id, { replicas: 3 });
    expect(admitted).toEqual(['nginx:1.27', 'nginx:1.28', 'nginx:1.29', 'nginx:1.29']);
    expect(svc.require(s.id).spec).toMatchObject({ image: 'nginx:1.29', replicas: 3 });
    await svc.rollback(s.id, 1);
    expect(admitted.slice(4)).toEqual(['restored nginx:1.27']);
    expect(svc.require(s.id).spec).toMatchObject({ image: 'nginx:1.27', replicas: 3 });
  });

  it('an automatic rollback (the rollout failed) is Stevedore restoring what was admitted: not admitted again', async () => {
    const { admitted, svc } = services();
    const s = await svc.create(plain);
    await svc.update(s.id, { ...plain, image: 'nginx:1.28' });
    svc.automaticRollback(s.id, 'health checks failed');
    expect(admitted).toEqual(['nginx:1.27', 'nginx:1.28']);
    expect(svc.require(s.id).spec.image).toBe('nginx:1.27');
  });

  it('what is stored is the admitted spec', async () => {
    const { svc } = services();
    const s = await svc.create(plain);
    expect(s.spec).toEqual(buildServiceSpec(plain).spec);
  });
});
