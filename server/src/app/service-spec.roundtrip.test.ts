import { describe, expect, it } from 'vitest';
import { buildServiceSpec, specToInput } from './service-spec.js';

describe('specToInput', () => {
  it('round-trips a full spec through buildServiceSpec', () => {
    const { spec, errors } = buildServiceSpec({
      name: 'web',
      image: 'local/webapp:v1',
      command: ['/app/run.sh'],
      entrypoint: ['/bin/sh', '-c'],
      env: [{ key: 'A', value: '1' }],
      labels: [{ key: 'team', value: 'x' }],
      ports: [
        { containerPort: 8080 },
        { containerPort: 9000, hostPort: 19000, hostIp: '127.0.0.1', protocol: 'udp' },
      ],
      volumes: [
        { source: 'data-1', target: '/data' },
        { type: 'tmpfs', target: '/tmp/x' },
      ],
      networks: ['backend'],
      aliases: [{ network: 'backend', aliases: ['web', 'www'] }],
      resources: {
        cpuLimit: 0.5,
        cpuReservation: 0.25,
        memoryLimit: '64m',
        memoryReservation: 32 * 1024 * 1024,
      },
      healthCheck: { shell: 'true', intervalMs: 500, timeoutMs: 2000, retries: 2 },
      replicas: 3,
      priority: 5,
      placement: {
        constraints: ['node.labels.zone == eu'],
        spread: ['node.labels.zone'],
        nodeAffinity: [{ expression: 'node.labels.disk == ssd', weight: 10 }],
      },
      update: { parallelism: 2, order: 'START_FIRST' },
      stopTimeoutSec: 3,
      ingress: {
        port: 18080,
        failureThreshold: 2,
        routes: [{ host: 'a.test', pathPrefix: '/api' }, { pathPrefix: '/' }],
        tls: { secret: 'web-cert' },
        probe: { path: '/health', intervalMs: 1000 },
      },
      autoscale: { min: 2, max: 6, targetCpuPercent: 60, cooldownMs: 1000 },
    });
    expect(errors).toEqual([]);
    const again = buildServiceSpec(specToInput(spec));
    expect(again.errors).toEqual([]);
    expect(again.spec).toEqual(spec);
    expect(spec.ingress).toMatchObject({
      port: 18080,
      targetPort: 8080,
      algorithm: 'ROUND_ROBIN',
      failureThreshold: 2,
    });
  });

  it('refuses an alias on a network the service does not join, or not a name', () => {
    const { errors } = buildServiceSpec({
      name: 'web',
      image: 'local/webapp:v1',
      networks: ['backend'],
      aliases: [
        { network: 'frontend', aliases: ['web'] },
        { network: 'backend', aliases: ['ok', 'not a name'] },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual(['aliases[0].network', 'aliases[1].aliases[1]']);
  });

  it('names the field of a bad ingress or autoscale block', () => {
    const { errors } = buildServiceSpec({
      name: 'web',
      image: 'local/webapp:v1',
      ports: [{ containerPort: 8080 }],
      ingress: { port: 80, targetPort: 9999 },
      autoscale: { min: 4, max: 2, targetCpuPercent: 50 },
    });
    expect(errors.map((e) => e.field)).toEqual(['ingress.port', 'ingress.targetPort', 'autoscale.min']);
  });

  it('refuses a volume over /run/secrets when the service has secrets', () => {
    const vol = (target: string) => ({ type: 'tmpfs', target });
    const withSecret = buildServiceSpec({
      name: 'db',
      image: 'local/busybox:1',
      secrets: [{ name: 'db-password' }],
      volumes: [vol('/run'), vol('/run/secrets'), vol('/run/secrets/x')],
    });
    expect(withSecret.errors).toEqual([
      {
        field: 'volumes[1].target',
        reason: expect.stringContaining("where the service's secret files are mounted"),
      },
      {
        field: 'volumes[2].target',
        reason: expect.stringContaining("where the service's secret files are mounted"),
      },
    ]);
    const without = buildServiceSpec({
      name: 'db',
      image: 'local/busybox:1',
      volumes: [vol('/run/secrets')],
    });
    expect(without.errors).toEqual([]);
  });
});
