import type { SqlDb } from './sql.js';

export interface SecretRecord {
  id: string;
  environmentId: string;
  name: string;
  version: number;
  /** AES-256-GCM box (domain/auth/secret-box.ts); never leaves the server. */
  ciphertext: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  environment_id: string;
  name: string;
  version: number;
  ciphertext: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toSecret = (r: Row): SecretRecord => ({
  id: r.id,
  environmentId: r.environment_id,
  name: r.name,
  version: r.version,
  ciphertext: r.ciphertext,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** Encrypted secrets per environment, and the encrypted TLS material of tcp engines. */
export class SecretRepository {
  constructor(private readonly db: SqlDb) {}

  list(environmentId: string): SecretRecord[] {
    return (
      this.db
        .prepare('SELECT * FROM secrets WHERE environment_id = ? ORDER BY name')
        .all(environmentId) as Row[]
    ).map(toSecret);
  }

  get(environmentId: string, name: string): SecretRecord | undefined {
    const r = this.db
      .prepare('SELECT * FROM secrets WHERE environment_id = ? AND name = ?')
      .get(environmentId, name) as Row | undefined;
    return r && toSecret(r);
  }

  insert(s: SecretRecord): void {
    this.db
      .prepare(
        `INSERT INTO secrets (id, environment_id, name, version, ciphertext, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.id,
        s.environmentId,
        s.name,
        s.version,
        s.ciphertext,
        s.createdBy,
        s.createdAt.toISOString(),
        s.updatedAt.toISOString(),
      );
  }

  rotate(id: string, version: number, ciphertext: string, at: Date): void {
    this.db
      .prepare('UPDATE secrets SET version = ?, ciphertext = ?, updated_at = ? WHERE id = ?')
      .run(version, ciphertext, at.toISOString(), id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM secrets WHERE id = ?').run(id);
  }

  countOfEnvironment(environmentId: string): number {
    return (
      this.db.prepare('SELECT COUNT(*) AS n FROM secrets WHERE environment_id = ?').get(environmentId) as {
        n: number;
      }
    ).n;
  }

  nodeTls(nodeId: string): string | undefined {
    return (
      this.db.prepare('SELECT ciphertext FROM node_tls WHERE node_id = ?').get(nodeId) as
        { ciphertext: string } | undefined
    )?.ciphertext;
  }

  setNodeTls(nodeId: string, ciphertext: string): void {
    this.db
      .prepare(
        `INSERT INTO node_tls (node_id, ciphertext, created_at) VALUES (?, ?, ?)
         ON CONFLICT (node_id) DO UPDATE SET ciphertext = excluded.ciphertext`,
      )
      .run(nodeId, ciphertext, new Date().toISOString());
  }

  removeNodeTls(nodeId: string): void {
    this.db.prepare('DELETE FROM node_tls WHERE node_id = ?').run(nodeId);
  }
}
