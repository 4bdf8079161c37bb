import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { NodeStatus, type Node } from '../domain/node.js';
import { checkRepository, checkTag, parseImageRef, pullableRef } from '@stevedore/spec-rules';
import type { EngineDriver, RegistryAuth } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerSummary, ImageHistoryEntry, ImageSummary } from '../engine/types.js';
import { askNodes, type Unreachable } from './fan-out.js';
import { AppError, InputErrors, fromEngineError } from './errors.js';
import type { NodeService } from './nodes.js';
import type { EventBus } from './event-bus.js';
import { PullProgressFold, type PullFigures } from '../domain/image-pull.js';

/** The engine's own shapes are what this use case answers with. */
export type { RegistryAuth } from '../engine/engine.js';
export type { ImageHistoryEntry, ImageSummary } from '../engine/types.js';

export interface NodeImage {
  node: Node;
  image: ImageSummary;
  /** Containers of the node (any state), to tell which use the image. */
  containers: ContainerSummary[];
}

export type ImagePullState = 'RUNNING' | 'COMPLETED' | 'FAILED';

/** One pull started with startPull, as its watchers see it. */
export interface ImagePull extends PullFigures {
  id: string;
  node: Node;
  /** The reference pulled, with ":latest" added when it had no tag. */
  ref: string;
  state: ImagePullState;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** The image once pulled. */
  image: NodeImage | null;
}

/** Watchers hear of a running pull at most this often (the engine sends many events a second). */
const PULL_COALESCE_MS = 200;
/** Pulls kept for their watchers: the running ones and the latest finished ones, for this long. */
const PULLS_KEPT = 50;
const PULL_KEPT_MS = 10 * 60_000;

interface PullEntry {
  pull: ImagePull;
  watchers: Set<(p: ImagePull) => void>;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Instructions `docker import --change` accepts. */
const IMPORT_CHANGES = [
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'ONBUILD',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

/** Images per node through the engine driver: list, inspect, pull, tag, push, import, remove. */
export class ImageService {
  private readonly limit = pLimit(8);
  private readonly pulls = new Map<string, PullEntry>();

  constructor(
    private readonly nodes: NodeService,
    private readonly bus?: EventBus,
  ) {}

  /** Images of every node (or one), each with the containers using it; unreachable nodes are named. */
  async list(nodeRef?: string): Promise<{ items: NodeImage[]; unreachable: Unreachable[] }> {
    const targets = nodeRef ? [this.nodes.require(nodeRef, 'node')] : this.nodes.list();
    const { results, unreachable } = await askNodes(
      targets,
      (n) => this.nodes.driver(n),
      this.limit,
      (d) => Promise.all([d.listImages(), d.listContainers({ all: true })]),
    );
    const items = results.flatMap(({ node, value: [images, containers] }) =>
      images.map((image) => ({ node, image, containers })),
    );
    items.sort(
      (a, b) =>
        a.node.name.localeCompare(b.node.name) ||
        (a.image.repoTags[0] ?? '~').localeCompare(b.image.repoTags[0] ?? '~') ||
        a.image.id.localeCompare(b.image.id),
    );
    return { items, unreachable };
  }

  /** One image by reference or id on a node; null when the node lacks it. */
  async get(nodeRef: string, ref: string): Promise<NodeImage | null> {
    const { node, driver } = this.target(nodeRef);
    if (!ref) throw badField('ref', 'must not be empty');
    try {
      const [image, containers] = await Promise.all([
        driver.inspectImage(ref),
        driver.listContainers({ all: true }),
      ]);
      return { node, image, containers };
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'NOT_FOUND') return null;
      throw fromEngineError(err, node.name, 'ref');
    }
  }

  private async require(node: Node, driver: EngineDriver, ref: string, field = 'ref'): Promise<NodeImage> {
    try {
      const [image, containers] = await Promise.all([
        driver.inspectImage(ref),
        driver.listContainers({ all: true }),
      ]);
      return { node, image, containers };
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'NOT_FOUND')
        throw new AppError('NOT_FOUND', `image "${ref}" not found on node ${node.name}`, {
          field,
          node: node.name,
        });
      throw fromEngineError(err, node.name, field);
    }
  }

  async history(nodeRef: string, ref: string): Promise<ImageHistoryEntry[]> {
    const { node, driver } = this.target(nodeRef);
    if (!ref) throw badField('ref', 'must not be empty');
    try {
      return await driver.imageHistory(ref);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'NOT_FOUND')
        throw new AppError('NOT_FOUND', `image "${ref}" not found on node ${node.name}`, {
          field: 'ref',
          node: node.name,
        });
      throw fromEngineError(err, node.name, 'ref');
    }
  }

  /** Pulls `ref` (":latest" when untagged) onto the node. A registry refusing it is BAD_USER_INPUT on `ref`. */
  async pull(nodeRef: string, ref: string, auth?: RegistryAuth): Promise<NodeImage> {
    const parsed = parseImageRef(ref);
    if (!parsed.ok) throw badField('ref', parsed.reason);
    const { node, driver } = this.target(nodeRef);
    const full = pullableRef(parsed.value);
    try {
      await driver.pullImage(full, undefined, auth);
    } catch (err) {
      throw registryError(err, node, 'ref', `could not pull ${full} on node ${node.name}`);
    }
    return this.require(node, driver, full);
  }

  /**
   * Starts pulling `ref` onto the node and returns at once; watchPull follows its progress (the
   * engine's per-layer events folded into a percentage, at most every 200 ms) to the end. Bad
   * input and a DOWN node are refused here; the registry's refusal ends the pull FAILED with the
   * reason (and an image.pull.failed event).
   */
  startPull(nodeRef: string, ref: string, auth?: RegistryAuth): ImagePull {
    const parsed = parseImageRef(ref);
    if (!parsed.ok) throw badField('ref', parsed.reason);
    const { node, driver } = this.target(nodeRef);
    const full = pullableRef(parsed.value);
    this.prunePulls();
    const fold = new PullProgressFold();
    const entry: PullEntry = {
      pull: {
        id: randomUUID(),
        node,
        ref: full,
        state: 'RUNNING',
        error: null,
        startedAt: new Date(),
        finishedAt: null,
        image: null,
        ...fold.figures(),
      },
      watchers: new Set(),
      timer: null,
    };
    this.pulls.set(entry.pull.id, entry);
    const event = (kind: string, message: string, severity: 'INFO' | 'ERROR' = 'INFO') =>
      this.bus?.publish({
        kind,
        severity,
        message,
        nodeId: node.id,
        clusterId: node.clusterId,
        data: { pullId: entry.pull.id, ref: full, node: node.name },
      });
    event('image.pull.started', `pull of ${full} on node ${node.name} started`);
    const progress = (p: Parameters<PullProgressFold['apply']>[0]) => {
      if (!fold.apply(p) || entry.pull.state !== 'RUNNING') return;
      entry.pull = { ...entry.pull, ...fold.figures() };
      entry.timer ??= setTimeout(() => {
        entry.timer = null;
        this.notify(entry);
      }, PULL_COALESCE_MS);
    };
    const finish = (patch: Partial<ImagePull>) => {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
      entry.pull = { ...entry.pull, ...patch, finishedAt: new Date() };
      this.notify(entry);
      entry.watchers.clear();
    };
    void driver
      .pullImage(full, progress, auth)
      .then(() => this.require(node, driver, full))
      .then(
        (image) => {
          finish({ ...fold.figures(true), state: 'COMPLETED', image });
          event('image.pull.completed', `${full} pulled on node ${node.name}`);
        },
        (err: unknown) => {
          const why = registryError(err, node, 'ref', `could not pull ${full} on node ${node.name}`).message;
          finish({ state: 'FAILED', error: why });
          event('image.pull.failed', why, 'ERROR');
        },
      );
    return entry.pull;
  }

  /**
   * Calls `fn` with the pull now and on each change until it ends (the last call has state
   * COMPLETED or FAILED); returns the unwatch. NOT_FOUND for an unknown or expired pull id.
   */
  watchPull(id: string, fn: (p: ImagePull) => void): () => void {
    const entry = this.pulls.get(id);
    if (!entry)
      throw new AppError('NOT_FOUND', `no pull with id "${id}" (pulls are kept 10 minutes)`, { field: 'id' });
    fn(entry.pull);
    if (entry.pull.state !== 'RUNNING') return () => undefined;
    entry.watchers.add(fn);
    return () => entry.watchers.delete(fn);
  }

  private notify(entry: PullEntry): void {
    for (const w of [...entry.watchers]) w(entry.pull);
  }

  /** Forgets finished pulls older than PULL_KEPT_MS, then the oldest finished ones beyond PULLS_KEPT. */
  private prunePulls(): void {
    const now = Date.now();
    for (const [id, e] of this.pulls)
      if (e.pull.finishedAt && now - e.pull.finishedAt.getTime() > PULL_KEPT_MS) this.pulls.delete(id);
    for (const [id, e] of this.pulls) {
      if (this.pulls.size < PULLS_KEPT) break;
      if (e.pull.finishedAt) this.pulls.delete(id);
    }
    if (this.pulls.size >= PULLS_KEPT * 2)
      throw new AppError('CONFLICT', `${this.pulls.size} pulls are running: wait for one to end`, {
        field: 'ref',
      });
  }

  /** Pushes a tagged image from the node to the registry its name points at. */
  async push(nodeRef: string, ref: string, auth?: RegistryAuth): Promise<NodeImage> {
    const parsed = parseImageRef(ref);
    if (!parsed.ok) throw badField('ref', parsed.reason);
    if (parsed.value.digest) throw badField('ref', 'push a tag, not a digest');
    const { node, driver } = this.target(nodeRef);
    const full = pullableRef(parsed.value);
    await this.require(node, driver, full);
    try {
      await driver.pushImage(full, undefined, auth ?? {});
    } catch (err) {
      throw registryError(err, node, 'ref', `could not push ${full} from node ${node.name}`);
    }
    return this.require(node, driver, full);
  }

  /** Gives the image `source` the name `repo:tag` on the node. */
  async tag(nodeRef: string, source: string, repo: string, tag = 'latest'): Promise<NodeImage> {
    const errors = new InputErrors();
    if (!source) errors.add('source', 'must not be empty');
    for (const e of [...checkRepository(repo, 'repo'), ...checkTag(tag, 'tag')])
      errors.add(e.field, e.reason);
    errors.throwIfAny();
    const { node, driver } = this.target(nodeRef);
    await this.require(node, driver, source, 'source');
    try {
      await driver.tagImage(source, repo, tag);
    } catch (err) {
      throw fromEngineError(err, node.name, 'repo');
    }
    return this.require(node, driver, `${repo}:${tag}`);
  }

  /**
   * Removes a tag (or, by id, the image). In use by a container: CONFLICT, unless `force`, which
   * untags it anyway. Returns what the engine untagged and deleted.
   */
  async remove(nodeRef: string, ref: string, force = false): Promise<string[]> {
    if (!ref) throw badField('ref', 'must not be empty');
    const { node, driver } = this.target(nodeRef);
    try {
      return await driver.removeImage(ref, { force });
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'NOT_FOUND')
        throw new AppError('NOT_FOUND', `image "${ref}" not found on node ${node.name}`, {
          field: 'ref',
          node: node.name,
        });
      if (err instanceof EngineError && err.kind === 'CONFLICT')
        throw new AppError('CONFLICT', `${err.message} (pass force: true to remove it anyway)`, {
          field: 'ref',
          node: node.name,
        });
      throw fromEngineError(err, node.name, 'ref');
    }
  }

  /**
   * Creates an image from a root filesystem tarball (plain or gzip/bzip2/xz) at `source`, a file
   * on the control-plane host, as `docker import`; `changes` are Dockerfile instructions.
   */
  async importImage(
    nodeRef: string,
    source: string,
    repo: string,
    tag = 'latest',
    changes: string[] = [],
  ): Promise<NodeImage> {
    const errors = new InputErrors();
    const sourceErr = checkTarball(source);
    if (sourceErr) errors.add('source', sourceErr);
    for (const e of [...checkRepository(repo, 'repo'), ...checkTag(tag, 'tag')])
      errors.add(e.field, e.reason);
    changes.forEach((c, i) => {
      const word = /^\s*(\w+)\s+\S/.exec(c)?.[1]?.toUpperCase();
      if (!word || !IMPORT_CHANGES.includes(word))
        errors.add(
          `changes[${i}]`,
          `"${c}" must be a Dockerfile instruction among ${IMPORT_CHANGES.join(', ')}, with its arguments`,
        );
    });
    errors.throwIfAny();
    const { node, driver } = this.target(nodeRef);
    const stream = fs.createReadStream(source);
    try {
      await driver.importImage(stream, repo, tag, changes);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'UNAVAILABLE')
        throw fromEngineError(err, node.name, 'source');
      const why = err instanceof Error ? err.message : String(err);
      throw badField('source', `could not import ${source} on node ${node.name}: ${why}`, false);
    } finally {
      stream.destroy();
    }
    return this.require(node, driver, `${repo}:${tag}`);
  }

  private target(nodeRef: string): { node: Node; driver: EngineDriver } {
    const node = this.nodes.require(nodeRef, 'node');
    if (node.status === NodeStatus.DOWN)
      throw new AppError(
        'ENGINE_UNAVAILABLE',
        `engine of node "${node.name}" is unavailable: ${node.statusMessage ?? 'the node is DOWN'}`,
        {
          node: node.name,
          field: 'node',
        },
      );
    return { node, driver: this.nodes.driver(node) };
  }
}

/** A readable regular file at an absolute path, or why not. */
export function checkTarball(source: string): string | null {
  if (!source) return 'must be the path of a tarball on the control-plane host';
  if (!path.isAbsolute(source)) return `"${source}" must be an absolute path on the control-plane host`;
  try {
    const st = fs.statSync(source);
    if (!st.isFile()) return `"${source}" is not a regular file`;
    fs.accessSync(source, fs.constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? `"${source}" does not exist`
      : `"${source}" cannot be read (${code ?? 'error'})`;
  }
  return null;
}

function badField(field: string, reason: string, prefix = true): AppError {
  return new AppError('BAD_USER_INPUT', prefix ? `${field}: ${reason}` : reason, {
    field,
    fields: [{ field, reason }],
  });
}

/** Registry failures: the engine being unreachable is ENGINE_UNAVAILABLE; a missing image NOT_FOUND; else the input. */
function registryError(err: unknown, node: Node, field: string, what: string): Error {
  if (err instanceof EngineError && err.kind === 'UNAVAILABLE') return fromEngineError(err, node.name, field);
  const why = err instanceof Error ? err.message : String(err);
  if (err instanceof EngineError && err.kind === 'NOT_FOUND')
    return new AppError('NOT_FOUND', `${what}: ${why}`, { field, node: node.name });
  return badField(field, `${what}: ${why}`, false);
}
