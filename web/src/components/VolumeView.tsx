'use client';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@urql/next';
import type { VolumesQuery as VolumesResult } from '@/gql/graphql';
import { BackupVolumeMutation, RestoreVolumeMutation, VolumesQuery } from '@/graphql/volumes';
import { useMe } from '@/lib/auth';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { bytes, dateTime } from '@/lib/format';
import { useLiveEvents, useRefetchOn } from '@/lib/live';
import { SizeBar } from './SizeBar';
import { Badge, Empty, ErrorBanner, FailureBanner, ProgressBar } from './ui';
import { eventHref } from '@/lib/event-href';

type VolumeT = VolumesResult['volumes'][number];
type BackupT = VolumesResult['volumeBackups'][number];
type NodeT = VolumesResult['nodes'][number];

/** A backup or restore in flight, as its volume.backup.* / volume.restore.* events tell it. */
interface Work {
  op: 'backup' | 'restore';
  node: string;
  volume: string;
  bytes: number;
  /** Bytes expected: the volume's size for a backup (the tar is a little larger), the file's for a restore. */
  total: number | null;
  state: 'RUNNING' | 'COMPLETED' | 'FAILED';
  message: string;
  cursor: number | null;
}

const workKey = (w: { op: string; node: string; volume: string }) => `${w.op}:${w.node}:${w.volume}`;

/** Backup and restore progress from the live events, keyed by op, node and volume. */
function useVolumeWork(): [Map<string, Work>, (w: Work) => void] {
  const [work, setWork] = useState(() => new Map<string, Work>());
  const put = useCallback((w: Work) => setWork((m) => new Map(m).set(workKey(w), w)), []);
  useLiveEvents(
    (e) => e.kind.startsWith('volume.backup.') || e.kind.startsWith('volume.restore.'),
    (e) => {
      const d = (e.data ?? {}) as { node?: string; volume?: string; bytes?: number; totalBytes?: number };
      if (!d.node || !d.volume) return;
      const op = e.kind.startsWith('volume.backup.') ? 'backup' : 'restore';
      const phase = e.kind.split('.')[2];
      setWork((m) => {
        const key = workKey({ op, node: d.node!, volume: d.volume! });
        const was = m.get(key);
        const next: Work = {
          op,
          node: d.node!,
          volume: d.volume!,
          bytes: d.bytes ?? was?.bytes ?? 0,
          total: d.totalBytes ?? was?.total ?? null,
          state: phase === 'completed' ? 'COMPLETED' : phase === 'failed' ? 'FAILED' : 'RUNNING',
          message: e.message,
          cursor: e.cursor ?? null,
        };
        return new Map(m).set(key, next);
      });
    },
  );
  return [work, put];
}

function WorkBar({ w }: { w: Work }) {
  const percent =
    w.state === 'COMPLETED'
      ? 100
      : w.total
        ? Math.min(99, Math.floor((100 * w.bytes) / Math.max(1, w.total)))
        : 0;
  return (
    <div
      className="stack"
      style={{ gap: 4 }}
      data-testid={`${w.op}-work`}
      data-volume={w.volume}
      data-state={w.state}
      data-percent={percent}
    >
      <div className="row between small">
        <span>
          {w.state === 'COMPLETED'
            ? w.op === 'backup'
              ? 'Backed up'
              : 'Restored'
            : w.state === 'FAILED'
              ? w.op === 'backup'
                ? 'Backup failed:'
                : 'Restore failed:'
              : w.op === 'backup'
                ? 'Backing up'
                : 'Restoring'}{' '}
          {w.volume} on {w.node}
        </span>
        <span className="num">
          {percent}% · {bytes(w.bytes)}
        </span>
      </div>
      <ProgressBar
        done={percent}
        failed={w.state === 'FAILED' ? 100 - percent : 0}
        total={100}
        label={`${w.op} of ${w.volume}`}
      />
      {w.state === 'FAILED' && (
        <FailureBanner
          reason={w.message}
          href={eventHref({ kind: `volume.${w.op}.failed`, cursor: w.cursor })}
          testId={`${w.op}-failed`}
        />
      )}
    </div>
  );
}

function VolumeTable({
  volumes,
  work,
  onBackup,
  errors,
}: {
  volumes: VolumeT[];
  work: Map<string, Work>;
  onBackup: (v: VolumeT) => void;
  errors: Map<string, string>;
}) {
  const auth = useMe();
  const max = Math.max(1, ...volumes.map((v) => v.sizeBytes ?? 0));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Volumes">
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Node</th>
            <th scope="col">Size</th>
            <th scope="col">Used by</th>
            <th scope="col">Created</th>
            <th scope="col">Backup</th>
          </tr>
        </thead>
        <tbody>
          {volumes.map((v) => {
            const w = work.get(workKey({ op: 'backup', node: v.nodeName, volume: v.name }));
            const err = errors.get(`${v.nodeId}/${v.name}`);
            return (
              <tr
                key={`${v.nodeId}/${v.name}`}
                data-testid="volume-row"
                data-volume={v.name}
                data-node={v.nodeName}
              >
                <td>
                  <span className="mono">{v.name}</span> {v.managed && <Badge tone="info">stevedore</Badge>}
                </td>
                <td>{v.nodeName}</td>
                <td style={{ minWidth: 130 }}>
                  <span className="num small">{v.sizeBytes == null ? 'unknown' : bytes(v.sizeBytes)}</span>
                  {v.sizeBytes != null && (
                    <SizeBar value={v.sizeBytes} max={max} label={`Size of ${v.name}`} />
                  )}
                </td>
                <td className="small">
                  {v.services.length ? v.services.join(', ') : <span className="muted">no service</span>}
                </td>
                <td className="small">{dateTime(v.createdAt)}</td>
                <td style={{ minWidth: 200 }}>
                  {auth.can('OPERATOR') && (
                    <button
                      type="button"
                      className="small"
                      disabled={w?.state === 'RUNNING'}
                      onClick={() => onBackup(v)}
                      data-testid="volume-backup"
                    >
                      Back up
                    </button>
                  )}
                  {w && <WorkBar w={w} />}
                  {err && (
                    <span className="field-error" role="alert">
                      {err}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RestoreForm({
  backup,
  nodes,
  onRestore,
}: {
  backup: BackupT;
  nodes: NodeT[];
  onRestore: (node: string, file: string, name: string) => Promise<{ field: string; reason: string }[]>;
}) {
  const ready = nodes.filter((n) => n.status === 'READY');
  const [node, setNode] = useState('');
  const [name, setName] = useState(`${backup.volume ?? 'volume'}-restored`);
  const [errs, setErrs] = useState<{ field: string; reason: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const nodeValue = ready.some((n) => n.id === node)
    ? node
    : (ready.find((n) => n.name === backup.nodeName)?.id ?? ready[0]?.id ?? '');
  const err = (f: string) => errs.find((e) => e.field === f)?.reason;
  const general = errs.filter((e) => !['node', 'newName', 'file'].includes(e.field));
  return (
    <form
      className="row"
      style={{ gap: 6, alignItems: 'flex-end' }}
      onSubmit={async (ev) => {
        ev.preventDefault();
        setBusy(true);
        setErrs(await onRestore(nodeValue, backup.file, name.trim()));
        setBusy(false);
      }}
    >
      <label className="field">
        <span>Into node</span>
        <select value={nodeValue} onChange={(e) => setNode(e.target.value)} aria-invalid={!!err('node')}>
          {ready.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        {err('node') && <span className="field-error">{err('node')}</span>}
      </label>
      <label className="field">
        <span>New volume</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!err('newName')}
          data-testid="restore-name"
        />
        {err('newName') && (
          <span className="field-error" data-testid="restore-name-error">
            {err('newName')}
          </span>
        )}
      </label>
      <button
        type="submit"
        className="small primary"
        disabled={busy || !nodeValue}
        data-testid="restore-submit"
      >
        {busy ? 'Restoring…' : 'Restore'}
      </button>
      {(err('file') || general.length > 0) && (
        <span className="field-error" role="alert">
          {[err('file'), ...general.map((g) => g.reason)].filter(Boolean).join('; ')}
        </span>
      )}
    </form>
  );
}

function Backups({
  backups,
  nodes,
  work,
  onRestore,
}: {
  backups: BackupT[];
  nodes: NodeT[];
  work: Map<string, Work>;
  onRestore: (node: string, file: string, name: string) => Promise<{ field: string; reason: string }[]>;
}) {
  const auth = useMe();
  const restores = [...work.values()].filter((w) => w.op === 'restore');
  const max = Math.max(1, ...backups.map((b) => b.bytes));
  return (
    <section className="card stack" aria-labelledby="backups-title">
      <h2 id="backups-title" style={{ margin: 0 }}>
        Backups
      </h2>
      {restores.map((w) => (
        <WorkBar key={workKey(w)} w={w} />
      ))}
      {backups.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Backup files">
          <table>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">From</th>
                <th scope="col">Size</th>
                <th scope="col">sha256</th>
                <th scope="col">Written</th>
                {auth.can('OPERATOR') && <th scope="col">Restore into a new volume</th>}
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.file} data-testid="backup-row" data-file={b.file} data-volume={b.volume ?? ''}>
                  <td className="mono small" style={{ overflowWrap: 'anywhere' }}>
                    {b.file}
                  </td>
                  <td className="small">
                    {b.volume ?? '?'} on {b.nodeName ?? '?'}
                  </td>
                  <td style={{ minWidth: 110 }}>
                    <span className="num small">{bytes(b.bytes)}</span>
                    <SizeBar value={b.bytes} max={max} label={`Size of ${b.file}`} />
                  </td>
                  <td className="mono small" title={b.sha256} data-testid="backup-sha256">
                    {b.sha256.slice(0, 16)}…
                  </td>
                  <td className="small">{dateTime(b.createdAt)}</td>
                  {auth.can('OPERATOR') && (
                    <td>
                      <RestoreForm backup={b} nodes={nodes} onRestore={onRestore} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <span className="small muted">No backup yet: back up a volume above.</span>
      )}
    </section>
  );
}

export function VolumeView() {
  const [{ data, error }, reexecute] = useQuery({ query: VolumesQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn(
    (e) =>
      e.kind === 'volume.created' ||
      e.kind === 'volume.removed' ||
      e.kind === 'volume.claimed' ||
      e.kind.endsWith('.completed'),
    refetch,
    { throttleMs: 1000, pollMs: 10_000 },
  );
  const [work, putWork] = useVolumeWork();
  const [errors, setErrors] = useState(() => new Map<string, string>());
  const [, backup] = useMutation(BackupVolumeMutation);
  const [, restore] = useMutation(RestoreVolumeMutation);
  const sizes = useMemo(
    () => new Map((data?.volumes ?? []).map((v) => [`${v.nodeName}/${v.name}`, v.sizeBytes ?? null])),
    [data],
  );
  if (error && !data) return <ErrorBanner error={errorMessage(error)} retry={refetch} />;
  if (!data) return null;
  const onBackup = async (v: VolumeT) => {
    const key = `${v.nodeId}/${v.name}`;
    setErrors((m) => {
      const n = new Map(m);
      n.delete(key);
      return n;
    });
    const put = (w: Pick<Work, 'bytes' | 'total' | 'state' | 'message'>) =>
      putWork({ op: 'backup', node: v.nodeName, volume: v.name, cursor: null, ...w });
    put({ bytes: 0, total: sizes.get(`${v.nodeName}/${v.name}`) ?? null, state: 'RUNNING', message: '' });
    const r = await backup({ node: v.nodeId, name: v.name });
    if (r.error) {
      const msg = errorMessage(r.error) ?? 'the backup failed';
      setErrors((m) => new Map(m).set(key, msg));
      put({ bytes: 0, total: null, state: 'FAILED', message: msg });
    } else if (r.data) {
      const n = r.data.backupVolume.bytes;
      put({ bytes: n, total: n, state: 'COMPLETED', message: '' });
      refetch();
    }
  };
  const onRestore = async (node: string, file: string, newName: string) => {
    const r = await restore({ node, file, newName });
    if (r.error) {
      const f = fieldErrors(r.error);
      return f.length ? f : [{ field: '', reason: errorMessage(r.error) ?? 'the restore failed' }];
    }
    refetch();
    return [];
  };
  const total = data.volumes.reduce((n, v) => n + (v.sizeBytes ?? 0), 0);
  return (
    <div className="stack">
      <span className="small muted">
        {data.volumes.length} volume(s) on {new Set(data.volumes.map((v) => v.nodeId)).size} node(s),{' '}
        {bytes(total)} in all
      </span>
      {data.volumes.length ? (
        <VolumeTable volumes={data.volumes} work={work} onBackup={onBackup} errors={errors} />
      ) : (
        <Empty title="No volumes">Services that mount a named volume create it on their node.</Empty>
      )}
      <Backups backups={data.volumeBackups} nodes={data.nodes} work={work} onRestore={onRestore} />
    </div>
  );
}
