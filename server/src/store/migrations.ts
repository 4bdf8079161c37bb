/**
 * Versioned schema migrations, applied in order inside one transaction each. Append only:
 * a released migration is never edited, a change is a new entry. Kept in TypeScript (not .sql
 * files) so the compiled server carries them without a copy step.
 */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'clusters and nodes',
    up: `
      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE nodes (
        id TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id),
        name TEXT NOT NULL UNIQUE,
        endpoint TEXT NOT NULL,
        engine_id TEXT UNIQUE,
        role TEXT NOT NULL,
        status TEXT NOT NULL,
        status_message TEXT,
        availability TEXT NOT NULL,
        labels TEXT NOT NULL DEFAULT '{}',
        os TEXT NOT NULL DEFAULT '',
        arch TEXT NOT NULL DEFAULT '',
        nano_cpus INTEGER NOT NULL DEFAULT 0,
        memory_bytes INTEGER NOT NULL DEFAULT 0,
        engine_version TEXT,
        hostname TEXT,
        publish_address TEXT NOT NULL DEFAULT '127.0.0.1',
        last_seen_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX nodes_cluster ON nodes(cluster_id);
    `,
  },
  {
    version: 2,
    name: 'services, revisions and tasks',
    up: `
      -- One id per control plane install: its containers carry it, so two control planes sharing an
      -- engine (or parallel test runs) never adopt or collect each other's containers.
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta (key, value) VALUES ('installation_id', lower(hex(randomblob(8))));
      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id),
        name TEXT NOT NULL UNIQUE,
        current_revision INTEGER NOT NULL,
        previous_revision INTEGER,
        spec TEXT NOT NULL,
        rollout TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE revisions (
        service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        spec TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        diff TEXT NOT NULL,
        PRIMARY KEY (service_id, number)
      );
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL,
        slot INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        desired_state TEXT NOT NULL,
        state TEXT NOT NULL,
        state_reason TEXT NOT NULL,
        history TEXT NOT NULL,
        node_id TEXT,
        container_id TEXT,
        health TEXT NOT NULL,
        exit_code INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        not_before TEXT,
        ready_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX tasks_service ON tasks(service_id, state);
      CREATE INDEX tasks_node ON tasks(node_id);
      CREATE INDEX tasks_container ON tasks(container_id);
    `,
  },
  {
    version: 3,
    name: 'event log',
    // AUTOINCREMENT: the id is the subscription cursor, so it must never be reused after a prune.
    up: `
      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        time_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        cluster_id TEXT,
        node_id TEXT,
        service_id TEXT,
        task_id TEXT,
        container_id TEXT,
        data TEXT
      );
      CREATE INDEX events_time ON events(time_ms);
      CREATE INDEX events_kind ON events(kind, id);
      CREATE INDEX events_cluster ON events(cluster_id, id);
      CREATE INDEX events_node ON events(node_id, id);
      CREATE INDEX events_service ON events(service_id, id);
      CREATE INDEX events_task ON events(task_id, id);
      CREATE INDEX events_container ON events(container_id, id);
    `,
  },
];
