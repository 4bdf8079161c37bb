import { describe, expect, it } from 'vitest';
import { checkIngress, normalizeRoute, routeError } from './ingress.js';

const ports = [{ containerPort: 8080, protocol: 'tcp' }];

describe('checkIngress', () => {
  it('fills the defaults: round robin, the first TCP port, no routes, TLS or probe', () => {
    expect(checkIngress({ port: 18080 }, ports)).toEqual({
      value: {
        port: 18080,
        targetPort: 8080,
        algorithm: 'ROUND_ROBIN',
        failureThreshold: null,
        resetTimeoutMs: null,
        upstreamTimeoutMs: null,
      },
      errors: [],
    });
  });

  it('takes the form ports in upper case (TCP) as the server takes them in lower case', () => {
    expect(checkIngress({ port: 18080 }, [{ containerPort: 8080, protocol: 'TCP' }]).errors).toEqual([]);
  });

  it('names every bad field', () => {
    const r = checkIngress(
      {
        port: 80,
        targetPort: 9090,
        failureThreshold: 0,
        resetTimeoutMs: 50,
        upstreamTimeoutMs: 1.5,
        routes: [
          { host: 'bad host' },
          { pathPrefix: 'api' },
          { host: 'A.example.com' },
          { host: 'a.example.com.' },
        ],
        tls: { secret: '../x' },
        probe: {
          path: 'health',
          intervalMs: 1000,
          timeoutMs: 2000,
          healthyThreshold: 0,
          unhealthyThreshold: 101,
        },
      },
      ports,
    );
    expect(r.errors.map((e) => e.field)).toEqual([
      'ingress.port',
      'ingress.targetPort',
      'ingress.failureThreshold',
      'ingress.resetTimeoutMs',
      'ingress.upstreamTimeoutMs',
      'ingress.routes[0].host',
      'ingress.routes[1].pathPrefix',
      'ingress.routes[3]',
      'ingress.tls.secret',
      'ingress.probe.path',
      'ingress.probe.healthyThreshold',
      'ingress.probe.unhealthyThreshold',
      'ingress.probe.timeoutMs',
    ]);
    expect(r.errors[0]!.reason).toBe('must be a whole number from 1024 to 65535 (got 80)');
    expect(r.errors[1]!.reason).toBe('container port 9090/tcp is not published: add it to ports');
    expect(r.errors[7]!.reason).toBe('a.example.com/ is given twice');
  });

  it('needs a TCP port to send requests to', () => {
    expect(checkIngress({ port: 18080 }, [{ containerPort: 53, protocol: 'udp' }]).errors).toEqual([
      { field: 'ingress.targetPort', reason: 'the service publishes no TCP port: add one to ports' },
    ]);
  });

  it('keeps the probe timeout within its interval by default', () => {
    expect(checkIngress({ port: 18080, probe: { intervalMs: 500 } }, ports).value.probe).toEqual({
      path: '/',
      intervalMs: 500,
      timeoutMs: 500,
      healthyThreshold: 1,
      unhealthyThreshold: 1,
    });
  });
});

describe('routes', () => {
  it('are stored in lower case, without a trailing dot or slash', () => {
    expect(normalizeRoute({ host: ' App.Example.COM. ', pathPrefix: '/api/' })).toEqual({
      host: 'app.example.com',
      pathPrefix: '/api',
    });
    expect(normalizeRoute({})).toEqual({ host: null, pathPrefix: '/' });
  });

  it('take wildcard hosts and refuse // in a path', () => {
    expect(routeError({ host: '*.example.com', pathPrefix: '/' })).toBeNull();
    expect(routeError({ host: null, pathPrefix: '/a//b' })?.field).toBe('pathPrefix');
  });
});
