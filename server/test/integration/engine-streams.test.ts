import { afterAll, describe, expect, it } from 'vitest';
import { extractFirstFile, packFiles } from '../../src/app/volumes/tar.js';
import { DockerEngine } from '../../src/engine/docker-engine.js';
import type { LogLine } from '../../src/engine/types.js';
import { docker, endpointOf, removeLabelled, uniq, waitFor } from './harness.js';

/**
 * The tar archives, the log demultiplexer and the JSON lines (tar-stream, docker-modem's
 * demuxStream, split2) against a real engine: what the engine takes, gives back and streams.
 */
describe('engine archives, logs and JSON lines on a real engine', () => {
  const label = uniq('engine-streams');
  const engine = new DockerEngine(endpointOf('n1'));
  afterAll(() => removeLabelled('n1', `test.stevedore=${label}`));

  const start = async (script: string): Promise<string> => {
    const id = await engine.createContainer({
      image: 'local/busybox:1',
      command: ['sh', '-c', script],
      env: {},
      labels: { 'test.stevedore': label },
      ports: [],
      mounts: [],
      resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
      restartPolicy: { name: 'no', maximumRetryCount: 0 },
      networks: [],
    });
    await engine.startContainer(id);
    return id;
  };

  it('the engine unpacks a long (PAX) path from our archive and hands it back whole', async () => {
    const id = await start('sleep 60');
    const dir = `/tmp/${'d'.repeat(110)}/${'é'.repeat(70)}`;
    const name = `${dir.slice(1)}/${'f'.repeat(120)}.txt`; // 420 bytes: a PAX path
    const body = Buffer.from('packed by tar-stream ☕\n');
    await engine.putArchive(id, '/', packFiles([{ name, content: body }]));
    expect(await docker('n1', 'exec', id, 'cat', `/${name}`)).toBe(body.toString().trim());
    const got: Buffer[] = [];
    const e = await extractFirstFile(
      (await engine.getArchive(id, `/${name}`)) as AsyncIterable<Buffer>,
      (c) => void got.push(c),
    );
    expect(e).toEqual({ name: `${'f'.repeat(120)}.txt`, size: body.length });
    expect(Buffer.concat(got).equals(body)).toBe(true);
  });

  it('logs: stdout and stderr apart, multi-byte characters whole, followed and read back', async () => {
    // printf of a character in two halves: two writes, so two frames cut inside the character
    const id = await start(
      "printf 'caf\\303'; printf '\\251 ☕\\n'; echo 'érr 🚢' >&2; echo 'last'; sleep 60",
    );
    const followed: LogLine[] = [];
    const sub = engine.followLogs(
      id,
      { tail: 100 },
      (l) => followed.push(l),
      () => undefined,
    );
    try {
      await waitFor(() => followed.some((l) => l.message === 'last'), { what: 'the followed logs' });
    } finally {
      sub.close();
    }
    const read = await engine.containerLogs(id, {});
    for (const lines of [followed, read]) {
      const text = (s: string) => lines.filter((l) => l.stream === s).map((l) => l.message);
      expect(text('stdout')).toEqual(['café ☕', 'last']);
      expect(text('stderr')).toEqual(['érr 🚢']);
      expect(lines.every((l) => l.timestamp.getTime() > 0)).toBe(true);
    }
  });

  it('stats: JSON lines streamed by the engine come out as samples', async () => {
    const id = await start('sleep 60');
    const samples: unknown[] = [];
    const sub = engine.streamStats(
      id,
      (s) => samples.push(s),
      () => undefined,
    );
    try {
      await waitFor(() => samples.length >= 2, { what: 'two stats samples', timeoutMs: 30_000 });
    } finally {
      sub.close();
    }
    expect(samples[0]).toMatchObject({ memoryUsage: expect.any(Number) });
  });
});
