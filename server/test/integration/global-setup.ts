import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PgCluster } from '../../src/store/testing/pg-cluster.js';

/**
 * Starts (or reuses) the private engine fleet once per run: n1 in the root namespace, n2 and n3
 * in their own network namespaces, each with the local test images. Tests read the sockets with
 * `inject('engines')`.
 */
export interface EngineFleet {
  /** node name -> endpoint, e.g. n1 -> unix:///var/lib/stevedore/engines/n1/docker.sock */
  nodes: Record<string, string>;
  script: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    engines: EngineFleet;
    /** With STEVEDORE_TEST_STORE=pg: the private PostgreSQL cluster's admin URL; else ''. */
    pgAdminUrl: string;
  }
}

export default function setup(project: TestProject) {
  const script = path.resolve(__dirname, '../../../scripts/engine.sh');
  const nodes = Number(process.env.STEVEDORE_TEST_NODES ?? 4);
  execFileSync('bash', [script, 'start', '--nodes', String(nodes)], { stdio: 'inherit', timeout: 600_000 });
  const env = execFileSync('bash', [script, 'env'], { encoding: 'utf8' });
  const m = /STEVEDORE_ENGINE_NODES="?([^"\n]*)"?/.exec(env);
  if (!m?.[1]) throw new Error(`engine.sh env printed no STEVEDORE_ENGINE_NODES:\n${env}`);
  const fleet: Record<string, string> = {};
  for (const pair of m[1].split(',')) {
    const [name, endpoint] = pair.split('=');
    if (name && endpoint) fleet[name] = endpoint;
  }
  project.provide('engines', { nodes: fleet, script });
  // The suite on PostgreSQL: one private cluster for the run, a database per test server.
  if (process.env.STEVEDORE_TEST_STORE !== 'pg') {
    project.provide('pgAdminUrl', '');
    return undefined;
  }
  if (!PgCluster.available())
    throw new Error('STEVEDORE_TEST_STORE=pg but PostgreSQL (initdb, pg_ctl) is not installed');
  const cluster = PgCluster.start();
  project.provide('pgAdminUrl', cluster.url());
  return () => cluster.stop();
}
