import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

/** A compose key not honoured, as stored with the deploy that gave it (app/stacks/types.ts StackWarning). */
export interface StoredStackWarning {
  path: string;
  service: string | null;
  key: string;
  message: string;
  line: number | null;
}

/** A stack: the compose file last deployed under a name, in one cluster. */
export interface StackRecord {
  name: string;
  clusterId: string;
  compose: string;
  /** Names of the variables given with the last deploy; their values are never kept. */
  variables: string[];
  warnings: StoredStackWarning[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StackMemberKind = 'service' | 'network' | 'volume' | 'secret';

/** Something a stack created (or, external, only uses), by its name on the cluster. */
export interface StackMember {
  kind: StackMemberKind;
  name: string;
  external: boolean;
}

interface StackRow {
  name: string;
  cluster_id: string;
  compose: string;
  variables: string;
  warnings: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toStack = (r: StackRow): StackRecord => ({
  name: r.name,
  clusterId: r.cluster_id,
  compose: r.compose,
  variables: parseJson<string[]>(r.variables, []),
  warnings: parseJson<StoredStackWarning[]>(r.warnings, []),
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export class StackRepository {
  constructor(private readonly db: SqlDb) {}

  list(clusterId?: string): StackRecord[] {
    const rows = clusterId
      ? this.db.prepare('SELECT * FROM stacks WHERE cluster_id = ? ORDER BY name').all(clusterId)
      : this.db.prepare('SELECT * FROM stacks ORDER BY name').all();
    return (rows as StackRow[]).map(toStack);
  }

  get(name: string): StackRecord | undefined {
    const r = this.db.prepare('SELECT * FROM stacks WHERE name = ?').get(name) as StackRow | undefined;
    return r && toStack(r);
  }

  /** Writes the stack and replaces its members, in one transaction. */
  save(s: StackRecord, members: readonly StackMember[]): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO stacks (name, cluster_id, compose, variables, warnings, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET compose = excluded.compose, variables = excluded.variables,
             warnings = excluded.warnings, updated_at = excluded.updated_at`,
        )
        .run(
          s.name,
          s.clusterId,
          s.compose,
          JSON.stringify(s.variables),
          JSON.stringify(s.warnings),
          s.createdBy,
          s.createdAt.toISOString(),
          s.updatedAt.toISOString(),
        );
      this.db.prepare('DELETE FROM stack_members WHERE stack = ?').run(s.name);
      const add = this.db.prepare(
        'INSERT INTO stack_members (stack, kind, name, external) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      );
      for (const m of members) add.run(s.name, m.kind, m.name, m.external ? 1 : 0);
    })();
  }

  members(stack: string): StackMember[] {
    const rows = this.db
      .prepare('SELECT kind, name, external FROM stack_members WHERE stack = ? ORDER BY kind, name')
      .all(stack) as { kind: StackMemberKind; name: string; external: number }[];
    return rows.map((r) => ({ kind: r.kind, name: r.name, external: r.external === 1 }));
  }

  /** The stack that created `name` (external uses do not count), if any. */
  ownerOf(kind: StackMemberKind, name: string): string | undefined {
    const r = this.db
      .prepare('SELECT stack FROM stack_members WHERE kind = ? AND name = ? AND external = 0 LIMIT 1')
      .get(kind, name) as { stack: string } | undefined;
    return r?.stack;
  }

  /** Drops one member (it was removed from the cluster) and keeps the rest. */
  removeMember(stack: string, kind: StackMemberKind, name: string): void {
    this.db
      .prepare('DELETE FROM stack_members WHERE stack = ? AND kind = ? AND name = ?')
      .run(stack, kind, name);
  }

  delete(name: string): boolean {
    return this.db.prepare('DELETE FROM stacks WHERE name = ?').run(name).changes > 0;
  }
}
