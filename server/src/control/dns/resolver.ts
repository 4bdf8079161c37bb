import dgram from 'node:dgram';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import * as dnsPacket from 'dns-packet';
import { lookupName, normalizeName, parseTable, rotate, type DnsTable } from '../../domain/dns.js';

/*
 * The cluster resolver: a small DNS server (UDP and TCP) that answers service names from the
 * last table the control plane fed it, and forwards every other name to the upstream servers.
 * It runs as its own process (resolver-main.ts), so a control plane that is down leaves the
 * last good answers in place; the table is also kept on disk for a restarted resolver.
 *
 * The feed is HTTP on a unix socket in the state directory:
 *   GET /health  {pid, version, counters}     GET /table  the table
 *   PUT /table   a DnsTable (an older version than the one held is refused with 409)
 */

export interface ResolverOptions {
  /** Addresses to serve DNS on (port `port`, UDP and TCP). */
  listen: string[];
  port: number;
  /** Servers other names go to (port 53); none: such names are NXDOMAIN. */
  upstream: string[];
  upstreamTimeoutMs: number;
  /** Holds feed.sock, table.json and resolver.pid. */
  stateDir: string;
}

export interface ResolverCounters {
  queries: number;
  answered: number;
  nxdomain: number;
  forwarded: number;
  failed: number;
}

export const feedSocket = (stateDir: string) => path.join(stateDir, 'feed.sock');
export const tableFile = (stateDir: string) => path.join(stateDir, 'table.json');
export const pidFile = (stateDir: string) => path.join(stateDir, 'resolver.pid');

const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3 } as const;
const MAX_BODY = 4 * 1024 * 1024;

export class ServiceResolver {
  private table: DnsTable = { version: 0, generatedAt: '', names: {} };
  private readonly turn = new Map<string, number>();
  private readonly udp: dgram.Socket[] = [];
  private readonly tcp: net.Server[] = [];
  private feed: http.Server | undefined;
  readonly counters: ResolverCounters = { queries: 0, answered: 0, nxdomain: 0, forwarded: 0, failed: 0 };

  constructor(private readonly opts: ResolverOptions) {
    try {
      const saved = parseTable(JSON.parse(fs.readFileSync(tableFile(opts.stateDir), 'utf8')));
      if (typeof saved !== 'string') this.table = saved;
    } catch {
      // No table yet: answers start with the first feed.
    }
  }

  get version(): number {
    return this.table.version;
  }

  /** Replaces the table; false when `t` is older than the one held. */
  setTable(t: DnsTable): boolean {
    if (t.version < this.table.version) return false;
    this.table = t;
    const tmp = `${tableFile(this.opts.stateDir)}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(t));
    fs.renameSync(tmp, tableFile(this.opts.stateDir));
    return true;
  }

  async start(): Promise<void> {
    fs.mkdirSync(this.opts.stateDir, { recursive: true, mode: 0o700 });
    for (const address of this.opts.listen) {
      const sock = dgram.createSocket('udp4');
      sock.on('message', (msg, rinfo) => {
        void this.answer(msg).then((out) => {
          if (out) sock.send(out, rinfo.port, rinfo.address);
        });
      });
      await new Promise<void>((resolve, reject) => {
        sock.once('error', reject);
        sock.bind(this.opts.port, address, () => {
          sock.off('error', reject);
          resolve();
        });
      });
      this.udp.push(sock);
      const srv = net.createServer((conn) => this.serveTcp(conn));
      await new Promise<void>((resolve, reject) => {
        srv.once('error', reject);
        srv.listen(this.opts.port, address, () => {
          srv.off('error', reject);
          resolve();
        });
      });
      this.tcp.push(srv);
    }
    const sockPath = feedSocket(this.opts.stateDir);
    fs.rmSync(sockPath, { force: true });
    this.feed = http.createServer((req, res) => this.serveFeed(req, res));
    await new Promise<void>((resolve, reject) => {
      this.feed!.once('error', reject);
      this.feed!.listen(sockPath, () => resolve());
    });
    fs.chmodSync(sockPath, 0o600);
  }

  async stop(): Promise<void> {
    for (const s of this.udp) s.close();
    await Promise.all(this.tcp.map((s) => new Promise((r) => s.close(r))));
    if (this.feed) await new Promise((r) => this.feed!.close(r));
  }

  /** The reply to one DNS message (null: not a query worth an answer). */
  async answer(msg: Buffer): Promise<Buffer | null> {
    let q: dnsPacket.Packet;
    try {
      q = dnsPacket.decode(msg);
    } catch {
      return null;
    }
    if (q.type !== 'query') return null;
    this.counters.queries++;
    const question = q.questions?.[0];
    const reply = (rcode: number, answers: dnsPacket.Answer[] = []) =>
      dnsPacket.encode({
        id: q.id,
        type: 'response',
        flags:
          dnsPacket.AUTHORITATIVE_ANSWER |
          dnsPacket.RECURSION_AVAILABLE |
          ((q.flags ?? 0) & dnsPacket.RECURSION_DESIRED) |
          rcode,
        questions: q.questions,
        answers,
      });
    if (!question) return reply(RCODE.FORMERR);
    const name = normalizeName(question.name);
    const found = lookupName(this.table.names, name);
    if (typeof found === 'object') {
      this.counters.answered++;
      if (question.type !== 'A') return reply(RCODE.NOERROR);
      const n = this.turn.get(name) ?? 0;
      if (found.ips.length > 1) this.turn.set(name, n + 1);
      return reply(
        RCODE.NOERROR,
        rotate(found.ips, n).map((ip) => ({ type: 'A', class: 'IN', name: question.name, ttl: 0, data: ip })),
      );
    }
    // A name under a known service without such a healthy replica is ours to deny.
    if (found === 'nxdomain' || !this.opts.upstream.length) {
      this.counters.nxdomain++;
      return reply(RCODE.NXDOMAIN);
    }
    this.counters.forwarded++;
    const out = await this.forward(msg);
    if (out) return out;
    this.counters.failed++;
    return reply(RCODE.SERVFAIL);
  }

  private forward(msg: Buffer): Promise<Buffer | null> {
    return new Promise((resolve) => {
      const sock = dgram.createSocket('udp4');
      const done = (v: Buffer | null) => {
        clearTimeout(timer);
        sock.close();
        resolve(v);
      };
      const timer = setTimeout(() => done(null), this.opts.upstreamTimeoutMs);
      sock.on('error', () => done(null));
      sock.on('message', (m) => done(m));
      sock.send(msg, 53, this.opts.upstream[0]!);
    });
  }

  private serveTcp(conn: net.Socket): void {
    let buf = Buffer.alloc(0);
    conn.setTimeout(10_000, () => conn.destroy());
    conn.on('error', () => conn.destroy());
    conn.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 2) {
        const len = buf.readUInt16BE(0);
        if (buf.length < 2 + len) break;
        const msg = buf.subarray(2, 2 + len);
        buf = buf.subarray(2 + len);
        void this.answer(msg).then((out) => {
          if (!out || conn.destroyed) return;
          const head = Buffer.alloc(2);
          head.writeUInt16BE(out.length);
          conn.write(Buffer.concat([head, out]));
        });
      }
    });
  }

  private serveFeed(req: http.IncomingMessage, res: http.ServerResponse): void {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/health')
      return send(200, { pid: process.pid, version: this.table.version, counters: this.counters });
    if (req.method === 'GET' && req.url === '/table') return send(200, this.table);
    if (req.method !== 'PUT' || req.url !== '/table') return send(404, { error: 'no such route' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let t: ReturnType<typeof parseTable>;
      try {
        t = parseTable(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        return send(400, { error: 'the body is not JSON' });
      }
      if (typeof t === 'string') return send(400, { error: t });
      if (!this.setTable(t))
        return send(409, { error: `version ${t.version} is older than ${this.table.version}` });
      send(200, { version: t.version });
    });
  }
}
