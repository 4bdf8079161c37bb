import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceResolver } from './resolver.js';

// A real resolver on 127.0.0.1 (a port of NET-D's range) answering real UDP queries.
const PORT = 4753;

type Reply = dnsPacket.Packet & { rcode?: string };

function query(name: string, type: 'A' | 'AAAA' = 'A'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4');
    const timer = setTimeout(() => {
      sock.close();
      reject(new Error('no answer'));
    }, 2000);
    sock.on('message', (m) => {
      clearTimeout(timer);
      sock.close();
      resolve(dnsPacket.decode(m) as Reply);
    });
    sock.send(
      dnsPacket.encode({
        type: 'query',
        id: 7,
        flags: dnsPacket.RECURSION_DESIRED,
        questions: [{ type, name }],
      }),
      PORT,
      '127.0.0.1',
    );
  });
}

const ips = (p: dnsPacket.Packet) => (p.answers ?? []).map((a) => (a as { data: string }).data);

describe('the cluster resolver', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-dns-'));
  let r: ServiceResolver;
  beforeAll(async () => {
    r = new ServiceResolver({
      listen: ['127.0.0.1'],
      port: PORT,
      upstream: [],
      upstreamTimeoutMs: 500,
      stateDir: dir,
    });
    await r.start();
    r.setTable({
      version: 5,
      generatedAt: '',
      names: { db: ['10.0.0.1', '10.0.0.2'], '1.db': ['10.0.0.1'], web: [] },
    });
  });
  afterAll(async () => {
    await r.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a service with every replica, rotated on each query, TTL 0', async () => {
    const a = await query('db');
    const b = await query('DB');
    expect(a.rcode).toBe('NOERROR');
    expect(ips(a).sort()).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(ips(b)[0]).not.toBe(ips(a)[0]);
    expect((a.answers ?? []).every((x) => (x as { ttl?: number }).ttl === 0)).toBe(true);
  });

  it('answers a slot with one replica and denies unknown slots and names', async () => {
    expect(ips(await query('1.db'))).toEqual(['10.0.0.1']);
    expect((await query('7.db')).rcode).toBe('NXDOMAIN');
    expect((await query('nothing-here')).rcode).toBe('NXDOMAIN');
  });

  it('a known name without healthy replicas, or asked for AAAA, has no answers but exists', async () => {
    const w = await query('web');
    expect(w.rcode).toBe('NOERROR');
    expect(ips(w)).toEqual([]);
    expect(ips(await query('db', 'AAAA'))).toEqual([]);
  });

  it('keeps its table on disk and never goes back to an older one', () => {
    expect(r.setTable({ version: 4, generatedAt: '', names: {} })).toBe(false);
    const again = new ServiceResolver({
      listen: [],
      port: PORT,
      upstream: [],
      upstreamTimeoutMs: 500,
      stateDir: dir,
    });
    expect(again.version).toBe(5);
  });
});
