import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

// A named volume pins its service to the volume's node with a `node.id == <id>` constraint that
// Stevedore adds as a revision of its own (issue #23). It is not the operator's: it is listed
// apart (Service.pins, with its reason) and every later update keeps it, whatever the
// constraints sent say.
interface Svc {
  revision: number;
  pins: { volume: string; nodeId: string; nodeName: string; constraint: string; reason: string }[];
  spec: { placement: { constraints: string[] } };
}

describe('volume pins survive updates', () => {
  let s: TestServer;
  const name = uniq('pinned');
  const vol = uniq('keepdata');
  const spec = (constraints: string[]) => ({
    name,
    image: 'local/busybox:1',
    command: ['sleep', '3600'],
    volumes: [{ source: vol, target: '/data' }],
    placement: { constraints },
    stopTimeoutSec: 1,
  });
  const FIELDS =
    'revision pins { volume nodeId nodeName constraint reason } spec { placement { constraints } }';
  const get = async () => (await s.ok<{ service: Svc }>(`{ service(id: "${name}") { ${FIELDS} } }`)).service;

  beforeAll(async () => {
    s = await startTestServer({ STEVEDORE_RESYNC_INTERVAL_MS: '500' });
  });
  afterAll(async () => {
    await s?.gql(`mutation { removeService(id: "${name}") { id } }`);
    await waitFor(
      async () =>
        (await docker(
          'n1',
          'ps',
          '-aq',
          '--filter',
          `label=stevedore.service`,
          '--filter',
          `volume=${vol}`,
        )) === '',
      { timeoutMs: 30_000, what: 'containers gone' },
    ).catch(() => undefined);
    await docker('n1', 'volume', 'rm', vol).catch(() => undefined);
    await s?.stop();
  });

  it('is listed with its reason, and neither updateService nor patchService can drop it', async () => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: spec(['node.platform.os == linux']),
    });
    const pinned = await waitFor(async () => ((await get()).pins.length ? get() : null), {
      timeoutMs: 60_000,
      what: 'service pinned to its volume',
    });
    const pin = pinned.pins[0]!;
    expect(pin).toMatchObject({
      volume: vol,
      nodeName: 'local',
      constraint: `node.id == ${pin.nodeId}`,
      reason: `pinned to local: volume ${vol} lives there`,
    });
    expect(pinned.spec.placement.constraints).toEqual(['node.platform.os == linux', pin.constraint]);

    // The operator clears the constraints box: their constraint goes, the pin stays.
    const cleared = await s.ok<{ updateService: Svc }>(
      `mutation($s: ServiceSpecInput!) { updateService(id: "${name}", spec: $s) { ${FIELDS} } }`,
      { s: spec([]) },
    );
    expect(cleared.updateService.revision).toBe(pinned.revision + 1);
    expect(cleared.updateService.spec.placement.constraints).toEqual([pin.constraint]);
    expect(cleared.updateService.pins).toEqual(pinned.pins);

    const patched = await s.ok<{ patchService: Svc }>(
      `mutation { patchService(id: "${name}", patch: { placement: { constraints: ["node.platform.arch != s390x"] } }) { ${FIELDS} } }`,
    );
    expect(patched.patchService.spec.placement.constraints).toEqual([
      'node.platform.arch != s390x',
      pin.constraint,
    ]);
    expect(patched.patchService.pins).toEqual(pinned.pins);
  });
});
