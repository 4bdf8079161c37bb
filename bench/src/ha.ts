/**
 * Failover of the leader (issue #17 item 3): `npm run bench ha`.
 *
 * Three built control planes on one private PostgreSQL (initdb and pg_ctl in a temporary
 * directory: server/src/store/testing/pg-cluster.ts), n1 as their engine. Five times: the leader
 * is killed with -9, and two moments are timed from the kill, polling the survivors every 20 ms:
 * a survivor names itself leader (`system.leader.self`), and its first reconcile pass ends
 * (`stevedore_reconcile_pass_duration_seconds_count` grows). The killed replica is started again
 * (as a follower) before the next run. Baseline: the lease (STEVEDORE_LEASE_MS, default 4000; a
 * follower can take it only once it has expired). Also the services list query's p50/p99 on a
 * follower of the three against one SQLite control plane, in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TOKEN, gql, startServer, stopServer, type Server } from './lib/control-plane.js';

const ENGINE_DIR = process.env.STEVEDORE_ENGINE_DIR ?? '/var/lib/stevedore/engines';
const ENDPOINT = `unix://${ENGINE_DIR}/n1/docker.sock`;
const LEASE_MS = Number(process.env.STEVEDORE_LEASE_MS ?? 4000);
const RENEW_MS = Number(process.env.STEVEDORE_LEASE_RENEW_MS ?? 1000);
const RUNS = Number(process.env.STEVEDORE_BENCH_HA_RUNS ?? 5);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Replica {
  id: string;
  server: Server;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function leaderSelf(s: Server): Promise<boolean> {
  const d = await gql<{ system: { leader: { self: boolean } | null } }>(s, '{ system { leader { self } } }');
  return d.system.leader?.self === true;
}

async function reconcileCount(s: Server): Promise<number> {
  const r = await fetch(s.url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const m = /^stevedore_reconcile_pass_duration_seconds_count\{[^}]*\} (\d+)/m.exec(await r.text());
  return m ? Number(m[1]) : 0;
}

async function listLatency(s: Server, n: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await gql(s, '{ services { id name status } nodes { id status } }');
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

async function main() {
  const { PgCluster } = (await import(
    path.join(ROOT, 'server/dist/store/testing/pg-cluster.js')
  )) as typeof import('../../server/src/store/testing/pg-cluster.js');
  if (!PgCluster.available())
    throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const cluster = PgCluster.start();
  const replicas: Replica[] = [];
  let sqlite: Server | undefined;
  try {
    const url = await cluster.createDatabase('bench_ha');
    const env = (id: string) => ({
      STEVEDORE_DATABASE_URL: url,
      STEVEDORE_INSTANCE_ID: id,
      STEVEDORE_LEASE_MS: String(LEASE_MS),
      STEVEDORE_LEASE_RENEW_MS: String(RENEW_MS),
    });
    for (const id of ['ha-1', 'ha-2', 'ha-3'])
      replicas.push({ id, server: await startServer(ENDPOINT, env(id)) });
    const rows: { run: number; from: string; to: string; leaderMs: number; reconcileMs: number }[] = [];
    for (let run = 1; run <= RUNS; run++) {
      let leader: Replica | undefined;
      for (let i = 0; !leader && i < 600; i++) {
        for (const r of replicas) if (await leaderSelf(r.server).catch(() => false)) leader = r;
        if (!leader) await sleep(50);
      }
      if (!leader) throw new Error('no leader within 30 s');
      const survivors = replicas.filter((r) => r !== leader);
      const before = new Map(
        await Promise.all(survivors.map(async (r) => [r, await reconcileCount(r.server)] as const)),
      );
      const t0 = performance.now();
      leader.server.proc.kill('SIGKILL');
      let next: Replica | undefined;
      let leaderMs = 0;
      let reconcileMs = 0;
      while (performance.now() - t0 < LEASE_MS * 5 + 30_000) {
        for (const r of survivors) {
          if (!next && (await leaderSelf(r.server).catch(() => false))) {
            next = r;
            leaderMs = performance.now() - t0;
          }
        }
        if (next && (await reconcileCount(next.server).catch(() => 0)) > before.get(next)!) {
          reconcileMs = performance.now() - t0;
          break;
        }
        await sleep(20);
      }
      if (!next || !reconcileMs) throw new Error(`run ${run}: no takeover within the bound`);
      rows.push({ run, from: leader.id, to: next.id, leaderMs, reconcileMs });
      console.log(
        `run ${run}: ${leader.id} killed, ${next.id} leads after ${leaderMs.toFixed(0)} ms, first reconcile ${reconcileMs.toFixed(0)} ms`,
      );
      // The killed one comes back as a follower, with a fresh data directory of its own.
      fs.rmSync(leader.server.dataDir, { recursive: true, force: true });
      const id = `${leader.id.split('.')[0]}.${run}`;
      leader.server = await startServer(ENDPOINT, env(id));
      leader.id = id;
    }
    const follower = replicas.find((r) => r.server.proc.exitCode === null)!;
    await listLatency(follower.server, 5);
    const pgLatency = await listLatency(follower.server, 100);
    sqlite = await startServer(ENDPOINT);
    await listLatency(sqlite, 5);
    const sqliteLatency = await listLatency(sqlite, 100);
    console.log(`\nlease ${LEASE_MS} ms, renewed every ${RENEW_MS} ms; load average after: ${load()}`);
    console.log('| run | killed | new leader | leader seen | first reconcile | ÷ lease |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows)
      console.log(
        `| ${r.run} | ${r.from} | ${r.to} | ${r.leaderMs.toFixed(0)} ms | ${r.reconcileMs.toFixed(0)} ms | ${(r.reconcileMs / LEASE_MS).toFixed(2)}× |`,
      );
    const sorted = rows.map((r) => r.reconcileMs).sort((a, b) => a - b);
    console.log(
      `failover (kill -9 to the first reconcile by the new leader): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms; baseline: the lease, ${LEASE_MS} ms`,
    );
    console.log('\n| list query (services and nodes), 100 requests | p50 | p99 |');
    console.log('|---|---|---|');
    console.log(
      `| a follower of 3 replicas on PostgreSQL | ${pgLatency.p50.toFixed(1)} ms | ${pgLatency.p99.toFixed(1)} ms |`,
    );
    console.log(
      `| one control plane on SQLite | ${sqliteLatency.p50.toFixed(1)} ms | ${sqliteLatency.p99.toFixed(1)} ms |`,
    );
  } finally {
    for (const r of replicas) stopServer(r.server);
    stopServer(sqlite);
    await sleep(2000);
    await cluster.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
