/**
 * SQLite against PostgreSQL as the store (issue #17 item 1): `npm run bench store`.
 *
 * The scale bench's case (bench/src/scale.ts: the built server in-process on in-memory fake
 * engines, so the figures are the control plane's and its store's own cost) at 20 nodes / 100
 * services × 10 replicas, once on SQLite (the default) and once on PostgreSQL: a private cluster
 * this bench starts (initdb and pg_ctl in a temporary directory, server/src/store/testing/
 * pg-cluster.ts) and stops. Printed: creating the services, all tasks running, the settled
 * reconcile pass p50/p99, and the services page query (the list query), first and p50 of 5.
 */
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/control-plane.js';
import { child, type CaseResult } from './scale.js';

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const { PgCluster } = (await import(
    path.join(ROOT, 'server/dist/store/testing/pg-cluster.js')
  )) as typeof import('../../server/src/store/testing/pg-cluster.js');
  if (!PgCluster.available())
    throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const size = (process.env.STEVEDORE_BENCH_STORE_SIZE ?? '20,100,10').split(',');
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
  const sqlite = await child(size);
  console.log(`load average after the SQLite case: ${load()}`);
  const cluster = PgCluster.start();
  let pg: CaseResult;
  try {
    const url = await cluster.createDatabase('bench_store');
    pg = await child(size, { ...process.env, STEVEDORE_BENCH_DATABASE_URL: url });
  } finally {
    await cluster.stop();
  }
  console.log(`load average after the PostgreSQL case: ${load()}`);
  const rows: [string, number, number][] = [
    ['createService ×services (HTTP, one by one)', pg.createMs, sqlite.createMs],
    ['all tasks placed and running (from the first create)', pg.placeMs, sqlite.placeMs],
    ['reconcile pass p50, settled', pg.passP50Ms, sqlite.passP50Ms],
    ['reconcile pass p99, settled', pg.passP99Ms, sqlite.passP99Ms],
    ['services page query, first', pg.firstQueryMs, sqlite.firstQueryMs],
    ['services page query, p50 of 5', pg.queryP50Ms, sqlite.queryP50Ms],
  ];
  console.log(
    `\n| ${pg.nodes} nodes / ${pg.services} services / ${pg.tasks} tasks | PostgreSQL | SQLite | ratio |`,
  );
  console.log('|---|---|---|---|');
  for (const [name, v, b] of rows)
    console.log(`| ${name} | ${fmtMs(v)} | ${fmtMs(b)} | ${(v / b).toFixed(2)}× |`);
  console.log(
    `(settled passes timed: ${pg.passes} and ${sqlite.passes}; peak RSS ${pg.rssPeakMb.toFixed(0)} and ${sqlite.rssPeakMb.toFixed(0)} MB)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
