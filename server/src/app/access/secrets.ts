import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { KEY_BYTES, decrypt, encrypt, generateKey, parseKey } from '../../domain/auth/secret-box.js';
import type { SecretRef, ServiceSpec } from '../../domain/service.js';
import type { SecretRecord, SecretRepository } from '../../store/secret.repo.js';
import type { Store } from '../../store/store.js';
import { SECRET_NAME } from '@stevedore/spec-rules';
import { AppError, badInput, conflict, notFound } from '../errors.js';
import type { NodeTlsStore } from '../nodes.js';

export type { SecretRecord } from '../../store/secret.repo.js';

/** A secret's name: the rule the dashboard's forms check by too. */
export { SECRET_NAME };
/** A secret's file name under /run/secrets: a plain name, never a path. */
export const SECRET_TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const MAX_SECRET_BYTES = 64 * 1024;
/** Where secret files appear in a container. */
export const SECRETS_DIR = '/run/secrets';

export interface EngineTls {
  ca?: string;
  cert?: string;
  key?: string;
}

/**
 * Secrets per environment, encrypted at rest with AES-256-GCM. The value goes in through
 * createSecret / rotateSecret and out only into containers (a file under /run/secrets, or an
 * environment variable when the spec asks); no query returns it, no log line or event holds it.
 *
 * The key: STEVEDORE_SECRET_KEY (base64, 32 bytes), else STEVEDORE_SECRET_KEY_FILE, else
 * `<data dir>/secret.key`, generated on first use with mode 0600. Losing it loses the secrets.
 */
export class SecretService {
  private readonly key: Buffer;

  constructor(
    private readonly store: Store,
    private readonly repo: SecretRepository,
    config: Config,
    log: Logger,
  ) {
    this.key = loadKey(config, log);
  }

  list(envId: string): SecretRecord[] {
    return this.repo.list(envId);
  }

  get(envId: string, name: string): SecretRecord | undefined {
    return this.repo.get(envId, name);
  }

  create(envId: string, name: string, value: string, actor: string): SecretRecord {
    if (!SECRET_NAME.test(name))
      throw badInput('name', 'letters, digits, . _ -; starting with a letter or digit; at most 64');
    checkValue(value);
    if (this.repo.get(envId, name))
      throw conflict(`a secret named "${name}" already exists in ${envId}: rotate it instead`, 'name');
    const now = new Date();
    const rec: SecretRecord = {
      id: randomUUID(),
      environmentId: envId,
      name,
      version: 1,
      ciphertext: encrypt(this.key, value, aad(envId, name)),
      createdBy: actor,
      createdAt: now,
      updatedAt: now,
    };
    this.repo.insert(rec);
    return rec;
  }

  /** A new value; containers created from now on get it (running ones keep theirs until replaced). */
  rotate(envId: string, name: string, value: string): SecretRecord {
    const cur = this.repo.get(envId, name);
    if (!cur) throw notFound('secret', name, 'name');
    checkValue(value);
    const now = new Date();
    this.repo.rotate(cur.id, cur.version + 1, encrypt(this.key, value, aad(envId, name)), now);
    return { ...cur, version: cur.version + 1, updatedAt: now, ciphertext: '' };
  }

  /** Refused while a service of the environment refers to it. */
  remove(envId: string, name: string, clusterIds: string[]): SecretRecord {
    const cur = this.repo.get(envId, name);
    if (!cur) throw notFound('secret', name, 'name');
    const users = this.usedBy(name, clusterIds);
    if (users.length)
      throw conflict(
        `secret ${name} is used by service(s) ${users.join(', ')}: remove it from their specs first`,
        'name',
      );
    this.repo.delete(cur.id);
    return cur;
  }

  usedBy(name: string, clusterIds: string[]): string[] {
    return clusterIds
      .flatMap((c) => this.store.services.list(c))
      .filter(
        (s) => (s.spec.secrets ?? []).some((r) => r.name === name) || s.spec.ingress?.tls?.secret === name,
      )
      .map((s) => s.name);
  }

  /** The plaintext, for a container about to be created; never for the API. */
  reveal(envId: string, name: string): Buffer {
    const rec = this.repo.get(envId, name);
    if (!rec) throw new Error(`secret "${name}" does not exist in environment ${envId}`);
    return decrypt(this.key, rec.ciphertext, aad(envId, name));
  }

  /** Every secret a spec refers to, with its value. */
  forSpec(envId: string, spec: ServiceSpec): { ref: SecretRef; value: Buffer }[] {
    return (spec.secrets ?? []).map((ref) => ({ ref, value: this.reveal(envId, ref.name) }));
  }

  // ------------------------------------------------------------------ member cluster tokens

  /** A REMOTE cluster's API token, encrypted and bound to that cluster (what the store keeps). */
  sealClusterToken(clusterId: string, token: string): string {
    return encrypt(this.key, token, `cluster-token:${clusterId}`);
  }

  /** The token back, for the member client's Authorization header only. */
  openClusterToken(clusterId: string, box: string): string {
    return decrypt(this.key, box, `cluster-token:${clusterId}`).toString('utf8');
  }

  // ------------------------------------------------------------------ engine TLS material

  /** Where NodeService keeps the client TLS material of tcp engines (encrypted here). */
  readonly nodeTlsStore: NodeTlsStore = {
    check: checkEngineTls,
    save: (nodeId, tls) => this.saveNodeTls(nodeId, tls),
    remove: (nodeId) => this.removeNodeTls(nodeId),
  };

  saveNodeTls(nodeId: string, tls: EngineTls): void {
    this.repo.setNodeTls(nodeId, encrypt(this.key, JSON.stringify(tls), `node-tls:${nodeId}`));
  }

  nodeTls(nodeId: string): EngineTls | undefined {
    const box = this.repo.nodeTls(nodeId);
    return box
      ? (JSON.parse(decrypt(this.key, box, `node-tls:${nodeId}`).toString('utf8')) as EngineTls)
      : undefined;
  }

  removeNodeTls(nodeId: string): void {
    this.repo.removeNodeTls(nodeId);
  }

  /** The TLS options of whichever node uses `endpoint` (for the engine pool, on first use). */
  tlsForEndpoint(endpoint: string): EngineTls | undefined {
    const node = this.store.nodes.list().find((n) => n.endpoint === endpoint);
    return node ? this.nodeTls(node.id) : undefined;
  }
}

const aad = (envId: string, name: string) => `secret:${envId}/${name}`;

function checkValue(value: string): void {
  if (value.length === 0) throw badInput('value', 'must not be empty');
  if (Buffer.byteLength(value, 'utf8') > MAX_SECRET_BYTES)
    throw badInput('value', `must be at most ${MAX_SECRET_BYTES} bytes`);
}

/** Checks the PEM strings of an addNode tls block. */
export function checkEngineTls(endpoint: string, tls: EngineTls): void {
  if (!/^(tcp|https?):\/\//.test(endpoint.trim()))
    throw badInput('tls', 'TLS applies to tcp:// endpoints only');
  for (const k of ['ca', 'cert', 'key'] as const) {
    const v = tls[k];
    if (v != null && !/-----BEGIN [A-Z0-9 ]+-----/.test(v))
      throw badInput(`tls.${k}`, 'must be PEM text (-----BEGIN …-----)');
  }
  if (!tls.cert !== !tls.key) throw badInput('tls', 'give cert and key together');
}

function loadKey(config: Config, log: Logger): Buffer {
  if (config.auth.secretKey) return config.auth.secretKey;
  if (config.auth.secretKeyFile) return readKeyFile(config.auth.secretKeyFile);
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) {
    if (fs.statSync(file).mode & 0o077)
      log.warn({ file }, 'the secrets key file is readable by others: chmod 600 it');
    return readKeyFile(file);
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = generateKey();
  try {
    fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    log.warn(
      { file },
      'generated the secrets encryption key: back it up; without it stored secrets cannot be read',
    );
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw err;
  }
}

function readKeyFile(file: string): Buffer {
  const raw = fs.readFileSync(file);
  if (raw.length === KEY_BYTES) return raw;
  const k = parseKey(raw.toString('utf8'));
  if (typeof k === 'string') throw new AppError('INTERNAL_SERVER_ERROR', `secret key file ${file}: ${k}`);
  return k;
}
