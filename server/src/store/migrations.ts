import { swapped } from './pg-dialect.js';

/**
 * Versioned schema migrations, applied in order inside one transaction each. Append only:
 * a released migration is never edited, a change is a new entry. Kept in TypeScript (not .sql
 * files) so the compiled server carries them without a copy step.
 *
 * The same list runs on both stores. On PostgreSQL a migration runs its `pg` text where it has one
 * (functions, triggers and collations that differ), else `up`; either way the column types are
 * mapped to PostgreSQL's (pgSchemaTypes in pg-dialect.ts: INTEGER is BIGINT there).
 */
export interface Migration {
  version: number;
  name: string;
  /** The SQL on SQLite. */
  up: string;
  /** The SQL on PostgreSQL, where it differs from `up`. */
  pg?: string;
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
    get pg() {
      return swapped(this.up, [['lower(hex(randomblob(8)))', 'substr(md5(gen_random_uuid()::text), 1, 16)']]);
    },
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
  {
    version: 4,
    name: 'networks and volumes',
    up: `
      -- Cluster networks: desired state, created on each node a task attached to them lands on.
      CREATE TABLE networks (
        id TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id),
        name TEXT NOT NULL,
        driver TEXT NOT NULL,
        subnet TEXT NOT NULL,
        gateway TEXT NOT NULL,
        labels TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        UNIQUE (cluster_id, name)
      );
      -- Named volumes Stevedore knows and the node holding each (services mounting one are pinned there).
      CREATE TABLE volumes (
        node_id TEXT NOT NULL,
        name TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        labels TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        PRIMARY KEY (node_id, name)
      );
      CREATE INDEX volumes_name ON volumes(name);
    `,
  },
  {
    version: 5,
    name: 'access control, environments, secrets and audit',
    get pg() {
      return swapped(this.up, [
        [
          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
          `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        ],
        // No NOCASE collation: names are unique by lower(); the repository compares lower() too.
        ['username TEXT NOT NULL UNIQUE COLLATE NOCASE,', 'username TEXT NOT NULL,'],
        [
          'CREATE INDEX api_tokens_user ON api_tokens(user_id);',
          'CREATE UNIQUE INDEX users_username ON users (lower(username));\n      CREATE INDEX api_tokens_user ON api_tokens(user_id);',
        ],
        [
          `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`,
          `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`,
        ],
      ]);
    },
    up: `
      -- Environments group clusters; roles, quotas, policies and secrets are per environment.
      CREATE TABLE environments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        quota TEXT NOT NULL DEFAULT '{}',
        policy TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
      );
      INSERT INTO environments (id, name, description, created_at)
        VALUES ('default', 'default', 'the default cluster', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      -- A cluster missing here belongs to the default environment.
      CREATE TABLE environment_clusters (
        cluster_id TEXT PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
        environment_id TEXT NOT NULL REFERENCES environments(id)
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_login_at TEXT
      );
      -- environment_id '*' binds the role in every environment.
      CREATE TABLE role_bindings (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        environment_id TEXT NOT NULL,
        role TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, environment_id)
      );
      -- Credentials are kept as the SHA-256 of the token only.
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        prefix TEXT NOT NULL,
        role TEXT NOT NULL,
        environments TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX api_tokens_user ON api_tokens(user_id);
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_seen_at TEXT,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        revoked_at TEXT
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      -- Values encrypted with AES-256-GCM (STEVEDORE_SECRET_KEY or the key file).
      CREATE TABLE secrets (
        id TEXT PRIMARY KEY,
        environment_id TEXT NOT NULL REFERENCES environments(id),
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        ciphertext TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (environment_id, name)
      );
      -- Client certificate, key and CA of a tcp engine, encrypted like secrets.
      CREATE TABLE node_tls (
        node_id TEXT PRIMARY KEY,
        ciphertext TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- Append-only: the triggers refuse every UPDATE and DELETE.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        time_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        actor_kind TEXT NOT NULL,
        credential_id TEXT,
        action TEXT NOT NULL,
        environment_id TEXT,
        target TEXT,
        ip TEXT NOT NULL DEFAULT '',
        user_agent TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        error_code TEXT,
        details TEXT
      );
      CREATE INDEX audit_time ON audit_log(time_ms);
      CREATE INDEX audit_actor ON audit_log(actor, id);
      CREATE INDEX audit_env ON audit_log(environment_id, id);
      CREATE INDEX audit_action ON audit_log(action, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    version: 6,
    name: 'unplaced reason of a task as data',
    up: `
      -- JSON of domain Unplaced (reason, nodesConsidered, failures); NULL unless the task waits for a node.
      ALTER TABLE tasks ADD COLUMN unplaced TEXT;
    `,
  },
  {
    version: 7,
    name: 'progressive delivery: the figures and decisions of canary and blue-green rollouts',
    up: `
      -- One row per analysis sample (kind 'sample', about once a second) or decision (kind
      -- 'decision': promote, rollback, switch, abort...), for the rollout timeline. The state
      -- itself lives in services.rollout (JSON, field progressive).
      CREATE TABLE rollout_samples (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        service_id TEXT NOT NULL,
        to_revision INTEGER NOT NULL,
        at_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        step INTEGER NOT NULL,
        weight REAL NOT NULL,
        figures TEXT NOT NULL
      );
      CREATE INDEX rollout_samples_service ON rollout_samples(service_id, to_revision, id);
    `,
  },
  {
    version: 8,
    name: 'rollouts: minReadyMs beside monitorMs in every stored update and rollback config',
    up: `
      -- monitorMs is now Swarm's failure watch only (it no longer holds the next batch); what held
      -- batches back is the new minReadyMs, 0 by default, as Kubernetes' minReadySeconds. Stored
      -- specs (services and every revision) get it where it is missing.
      UPDATE services SET spec = json_set(spec, '$.update.minReadyMs', 0)
        WHERE json_type(spec, '$.update') = 'object' AND json_type(spec, '$.update.minReadyMs') IS NULL;
      UPDATE services SET spec = json_set(spec, '$.rollback.minReadyMs', 0)
        WHERE json_type(spec, '$.rollback') = 'object' AND json_type(spec, '$.rollback.minReadyMs') IS NULL;
      UPDATE revisions SET spec = json_set(spec, '$.update.minReadyMs', 0)
        WHERE json_type(spec, '$.update') = 'object' AND json_type(spec, '$.update.minReadyMs') IS NULL;
      UPDATE revisions SET spec = json_set(spec, '$.rollback.minReadyMs', 0)
        WHERE json_type(spec, '$.rollback') = 'object' AND json_type(spec, '$.rollback.minReadyMs') IS NULL;
    `,
    pg: ['services', 'revisions']
      .flatMap((table) =>
        ['update', 'rollback'].map(
          (block) => `
      UPDATE ${table} SET spec = jsonb_set(spec::jsonb, '{${block},minReadyMs}', '0')::text
        WHERE jsonb_typeof(spec::jsonb -> '${block}') = 'object' AND spec::jsonb -> '${block}' -> 'minReadyMs' IS NULL;`,
        ),
      )
      .join(''),
  },
  {
    version: 9,
    name: 'cluster networks across nodes: one slice of the network per node',
    up: `
      -- A cluster network's subnet is split into equal slices (domain/network.ts slicePrefix); each
      -- node the network lives on gets one, allocated once and kept (slice = its index), so that the
      -- nodes' bridges hold non-overlapping address ranges and traffic between them is routed.
      CREATE TABLE network_slices (
        network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        node_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        slice INTEGER NOT NULL,
        PRIMARY KEY (network_id, node_id),
        UNIQUE (network_id, slice)
      );
      CREATE INDEX network_slices_node ON network_slices(node_id);
    `,
  },
  {
    version: 10,
    name: 'stacks: compose files deployed as one application, and their members',
    up: `
      -- A stack is the compose file last deployed under a name (one cluster), the names of the
      -- variables given with it (never their values) and the warnings of that deploy (JSON).
      CREATE TABLE stacks (
        name TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id),
        compose TEXT NOT NULL,
        variables TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- What a stack owns, by kind (service, network, volume, secret) and its name on the cluster;
      -- external ones (external: true in the file) are used, never created or removed by the stack.
      -- Services, networks and volumes also carry the label stevedore.stack=<name>.
      CREATE TABLE stack_members (
        stack TEXT NOT NULL REFERENCES stacks(name) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        external INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (stack, kind, name)
      );
      CREATE INDEX stack_members_name ON stack_members(kind, name);
    `,
  },
  {
    version: 11,
    name: 'clusters: region, zone and labels (federation places work by them)',
    up: `
      ALTER TABLE clusters ADD COLUMN region TEXT NOT NULL DEFAULT '';
      ALTER TABLE clusters ADD COLUMN zone TEXT NOT NULL DEFAULT '';
      ALTER TABLE clusters ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';
    `,
  },
  {
    version: 12,
    name: 'leases: the leader lease replicas on one PostgreSQL compete for (control/leadership.ts)',
    up: `
      -- One row per lease. holder: the instance id holding it ('' once released); token: the
      -- fencing token, incremented on every change of holder (writes and engine calls by the loops
      -- are checked against it); expires_at: ms since the epoch on the database's clock, so that
      -- replicas never compare their own clocks; acquired_at: when this holder took it (ms).
      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        token BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        acquired_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 13,
    name: 'clusters: kind LOCAL or REMOTE (another control plane reached over its API with a sealed token)',
    up: `
      ALTER TABLE clusters ADD COLUMN kind TEXT NOT NULL DEFAULT 'LOCAL';
      ALTER TABLE clusters ADD COLUMN remote_url TEXT;
      -- The member's API token, encrypted with the secret key (SecretService.sealClusterToken).
      ALTER TABLE clusters ADD COLUMN remote_token TEXT;
      ALTER TABLE clusters ADD COLUMN remote_ca TEXT;
    `,
  },
  {
    version: 14,
    name: 'rate_buckets: rate limits shared by replicas on one PostgreSQL (store/rate-bucket.repo.ts)',
    up: `
      -- One token bucket per caller key. tokens: what is left after the last take; at_ms: that take's
      -- time on the database's clock; allowed: whether it got a token (1) or was refused (0).
      CREATE TABLE rate_buckets (
        key TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        at_ms BIGINT NOT NULL,
        allowed INTEGER NOT NULL
      );
    `,
  },
];
