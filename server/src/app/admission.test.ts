import { describe, expect, it } from 'vitest';
import type { ServiceSpec } from '../domain/service.js';
import { Store } from '../store/store.js';
import { DEFAULT_CLUSTER_ID } from '../store/cluster.repo.js';
import { Admission, type AdmissionDeps, type ServiceRequest } from './admission.js';
import { AppError } from './errors.js';
import { EventBus } from './event-bus.js';
import { ReconcileLine } from './ports.js';
import { buildServiceSpec, type ServiceSpecInput } from './service-spec.js';
import { ServiceService } from './services.js';

/** Fakes that write down each step as it runs; `refuse` makes one of them throw. */
function fakes(refuse?: 'policy' | 'quota') {
  const calls: string[] = [];
  const deps: AdmissionDeps = {
    clusters: { get: (id) => (id === DEFAULT_CLUSTER_ID ? { id } : undefined) },
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
        return name === 'db-password' ? ({ name } as never) : undefined;
      },
    },
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
