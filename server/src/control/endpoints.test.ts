import { describe, expect, it } from 'vitest';
import { mkNode, service, spec, task } from '../domain/orchestrator/testing.js';
import type { EngineDriver } from '../engine/engine.js';
import type { ContainerDetails } from '../engine/types.js';
import { createLogger } from '../logger.js';
import type { Store } from '../store/store.js';
import { EndpointRegistry } from './endpoints.js';

/*
 * A replica whose container runs without an address on its network (read while it stops, or
 * before Docker gave one) is no endpoint, and what was read then is not kept: once the address
 * is there, the replica joins (the DNS feeder and the ingress ask again on every pass).
 */
describe('EndpointRegistry: replicas without an address', () => {
  const svc = service(spec({ name: 'api', networks: ['net'] }));
  const t = task('t1', 1);
  const node = mkNode('n1');
  const store = {
    tasks: { byService: () => [t] },
    nodes: { get: () => node },
    services: { revision: () => undefined },
  } as unknown as Store;

  function registry(ips: string[]) {
    let inspects = 0;
    const driver = {
      inspectContainer: () => {
        const ip = ips[Math.min(inspects++, ips.length - 1)]!;
        return Promise.resolve({
          state: { running: true },
          ports: [],
          networks: [{ name: 'net', ipAddress: ip, gateway: '', macAddress: '', aliases: [] }],
        } as unknown as ContainerDetails);
      },
    } as unknown as EngineDriver;
    return {
      reg: new EndpointRegistry(store, () => driver, createLogger('silent')),
      inspects: () => inspects,
    };
  }

  it('leaves an address-less network out, and reads the container again until it has one', async () => {
    const { reg, inspects } = registry(['', '', '10.0.0.5']);
    expect((await reg.replicaNetworks(svc))[0]!.networks).toEqual([]);
    expect((await reg.replicaNetworks(svc))[0]!.networks).toEqual([]);
    expect((await reg.replicaNetworks(svc))[0]!.networks).toEqual([{ name: 'net', ip: '10.0.0.5' }]);
    // Complete facts are kept: no more inspects.
    await reg.replicaNetworks(svc);
    expect(inspects()).toBe(3);
  });
});
