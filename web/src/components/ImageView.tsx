'use client';
import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from '@urql/next';
import type { ImagesQuery as ImagesResult } from '@/gql/graphql';
import {
  ImageHistoryQuery,
  ImagePullSubscription,
  ImagesQuery,
  RemoveImageMutation,
  StartImagePullMutation,
  TagImageMutation,
} from '@/graphql/images';
import { useMe } from '@/lib/auth';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { bytes, dateTime, shortId } from '@/lib/format';
import { useRefetchOn } from '@/lib/live';
import { SizeBar } from './SizeBar';
import { Badge, ConfirmButton, Empty, ErrorBanner, FailureBanner, ProgressBar } from './ui';
import { eventHref } from '@/lib/event-href';

type ImageT = ImagesResult['images']['items'][number];
type NodeT = ImagesResult['nodes'][number];

/** One image id across the nodes holding it. */
interface ImageGroup {
  id: string;
  tags: string[];
  sizeBytes: number;
  createdAt: string;
  copies: ImageT[];
}

function groupAcrossNodes(items: ImageT[]): ImageGroup[] {
  const by = new Map<string, ImageGroup>();
  for (const i of items) {
    const g = by.get(i.id) ?? {
      id: i.id,
      tags: [],
      sizeBytes: i.sizeBytes,
      createdAt: i.createdAt,
      copies: [],
    };
    for (const t of i.repoTags) if (!g.tags.includes(t)) g.tags.push(t);
    g.copies.push(i);
    by.set(i.id, g);
  }
  return [...by.values()].sort((a, b) => b.sizeBytes - a.sizeBytes || a.id.localeCompare(b.id));
}

const fieldError = (errs: { field: string; reason: string }[], field: string) =>
  errs.find((e) => e.field === field)?.reason ?? null;

/** An image's tags one a line, or its short id when it has none. */
function Tags({ id, tags }: { id: string; tags: string[] }) {
  if (!tags.length)
    return <span className="muted mono small">{shortId(id.replace(/^sha256:/, ''))} (untagged)</span>;
  return (
    <>
      {tags.map((t) => (
        <div key={t} className="mono small">
          {t}
        </div>
      ))}
    </>
  );
}

/** The services using an image, as links, with their container counts. */
function ServiceLinks({ services }: { services: ImageT['services'] }) {
  if (!services.length) return <span className="muted">none</span>;
  return (
    <>
      {services.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ', '}
          <Link href={`/services/${encodeURIComponent(s.id)}`}>{s.name}</Link>
          <span className="muted"> ×{s.containers}</span>
        </span>
      ))}
    </>
  );
}

function PullProgress({ id, onDone }: { id: string; onDone: () => void }) {
  const [{ data, error }] = useSubscription({ query: ImagePullSubscription, variables: { id } }, (_, d) => {
    if (d.imagePull.state !== 'RUNNING') setTimeout(onDone, 0);
    return d;
  });
  const p = data?.imagePull;
  if (error) return <div className="field-error">{errorMessage(error)}</div>;
  if (!p) return <div className="small muted">Starting…</div>;
  return (
    <div
      className="stack"
      style={{ gap: 4 }}
      data-testid="pull"
      data-state={p.state}
      data-percent={p.percent}
    >
      <div className="row between small">
        <span>
          <span className="mono">{p.ref}</span> on {p.node.name}
        </span>
        <span className="num" data-testid="pull-percent">
          {p.percent}%
        </span>
      </div>
      <ProgressBar
        done={p.percent}
        failed={p.state === 'FAILED' ? 100 - p.percent : 0}
        total={100}
        label={`Pull of ${p.ref}`}
        testId="pull-progress"
      />
      <span className="small muted">
        {p.layersDone} of {p.layers} layers · {bytes(p.downloadedBytes)} of {bytes(p.totalBytes)} · {p.status}
      </span>
      {p.state === 'FAILED' && (
        <FailureBanner
          reason={p.error ?? 'The pull failed'}
          href={eventHref({ kind: 'image.pull.failed' })}
          testId="pull-failed"
        />
      )}
      {p.state === 'COMPLETED' && (
        <div className="banner ok" role="status">
          Pulled {p.ref} on {p.node.name}.
        </div>
      )}
    </div>
  );
}

function PullForm({ nodes, onPulled }: { nodes: NodeT[]; onPulled: () => void }) {
  const [, start] = useMutation(StartImagePullMutation);
  const ready = nodes.filter((n) => n.status === 'READY');
  const [node, setNode] = useState('');
  const [ref, setRef] = useState('');
  const [errs, setErrs] = useState<{ field: string; reason: string }[]>([]);
  const [other, setOther] = useState<string | null>(null);
  const [pullId, setPullId] = useState<string | null>(null);
  const nodeValue = ready.some((n) => n.id === node) ? node : (ready[0]?.id ?? '');
  return (
    <section className="card stack" aria-labelledby="pull-title">
      <h2 id="pull-title" style={{ margin: 0 }}>
        Pull an image
      </h2>
      <form
        className="row"
        style={{ gap: 12, alignItems: 'flex-end' }}
        onSubmit={async (ev) => {
          ev.preventDefault();
          setErrs([]);
          setOther(null);
          if (!ref.trim()) {
            setErrs([{ field: 'ref', reason: 'give an image reference, e.g. registry:5000/team/app:v1' }]);
            return;
          }
          const r = await start({ node: nodeValue, ref: ref.trim() });
          if (r.error) {
            const f = fieldErrors(r.error);
            setErrs(f);
            if (!f.length) setOther(errorMessage(r.error));
          } else if (r.data) setPullId(r.data.startImagePull.id);
        }}
      >
        <label className="field">
          <span>Node</span>
          <select
            value={nodeValue}
            onChange={(e) => setNode(e.target.value)}
            aria-invalid={!!fieldError(errs, 'node')}
          >
            {ready.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          {fieldError(errs, 'node') && <span className="field-error">{fieldError(errs, 'node')}</span>}
        </label>
        <label className="field" style={{ flex: 1, minWidth: 240 }}>
          <span>Image reference</span>
          <input
            value={ref}
            onChange={(e) => setRef(e.target.value)}
            placeholder="registry.example.com:5000/team/app:v1"
            aria-invalid={!!fieldError(errs, 'ref')}
            data-testid="pull-ref"
          />
          {fieldError(errs, 'ref') && (
            <span className="field-error" data-testid="pull-ref-error">
              {fieldError(errs, 'ref')}
            </span>
          )}
        </label>
        <button type="submit" className="btn primary" disabled={!nodeValue} data-testid="pull-submit">
          Pull
        </button>
      </form>
      {other && (
        <span className="field-error" role="alert">
          {other}
        </span>
      )}
      {pullId && <PullProgress key={pullId} id={pullId} onDone={onPulled} />}
    </section>
  );
}

function History({ node, imageRef }: { node: string; imageRef: string }) {
  const [{ data, error }] = useQuery({ query: ImageHistoryQuery, variables: { node, ref: imageRef } });
  if (error) return <div className="field-error">{errorMessage(error)}</div>;
  if (!data) return <div className="small muted">Loading…</div>;
  const max = Math.max(1, ...data.imageHistory.map((h) => h.sizeBytes));
  return (
    <ol className="stack small" style={{ gap: 4, margin: 0, paddingLeft: 18 }} data-testid="image-history">
      {data.imageHistory.map((h, i) => (
        <li key={`${h.id}-${i}`}>
          <div className="row between" style={{ gap: 8 }}>
            <span className="mono" style={{ overflowWrap: 'anywhere' }}>
              {h.createdBy || '(no instruction)'}
            </span>
            <span className="num muted">{bytes(h.sizeBytes)}</span>
          </div>
          <SizeBar value={h.sizeBytes} max={max} label={`Layer ${i + 1} size`} />
        </li>
      ))}
    </ol>
  );
}

/** Tag, remove and history of one image on one node; an error shows beside the action that failed. */
function ImageActions({ image, onChange }: { image: ImageT; onChange: () => void }) {
  const auth = useMe();
  const [, tag] = useMutation(TagImageMutation);
  const [, remove] = useMutation(RemoveImageMutation);
  const [tagging, setTagging] = useState(false);
  const [repo, setRepo] = useState('');
  const [tagName, setTagName] = useState('latest');
  const [errs, setErrs] = useState<{ field: string; reason: string }[]>([]);
  const [removeErr, setRemoveErr] = useState<string | null>(null);
  const [history, setHistory] = useState(false);
  const ref = image.repoTags[0] ?? image.id;
  const operator = auth.can('OPERATOR');
  return (
    <div className="stack" style={{ gap: 6 }}>
      <div className="row" style={{ gap: 6 }}>
        <button type="button" className="small" onClick={() => setHistory((h) => !h)} aria-expanded={history}>
          History
        </button>
        {operator && (
          <button
            type="button"
            className="small"
            onClick={() => setTagging((t) => !t)}
            aria-expanded={tagging}
          >
            Tag
          </button>
        )}
        {operator && (
          <ConfirmButton
            className="small danger"
            title={`Remove ${ref} from ${image.node.name}?`}
            body={
              image.repoTags.length > 1
                ? `Only the tag ${ref} goes; the image keeps its other tags.`
                : 'The image is deleted from the node when no other tag names it.'
            }
            confirmLabel="Remove"
            danger
            testId="image-remove"
            onConfirm={async () => {
              setRemoveErr(null);
              const r = await remove({ node: image.node.id, ref });
              if (r.error) setRemoveErr(errorMessage(r.error));
              else onChange();
            }}
          >
            Remove
          </ConfirmButton>
        )}
      </div>
      {removeErr && (
        <span className="field-error" role="alert" data-testid="image-remove-error">
          {removeErr}
        </span>
      )}
      {tagging && (
        <form
          className="row"
          style={{ gap: 6, alignItems: 'flex-end' }}
          onSubmit={async (ev) => {
            ev.preventDefault();
            setErrs([]);
            const r = await tag({
              node: image.node.id,
              source: image.id,
              repo: repo.trim(),
              tag: tagName.trim(),
            });
            if (r.error) {
              const f = fieldErrors(r.error);
              setErrs(f.length ? f : [{ field: 'repo', reason: errorMessage(r.error) ?? 'refused' }]);
            } else {
              setTagging(false);
              onChange();
            }
          }}
        >
          <label className="field">
            <span>Repository</span>
            <input
              value={repo}
              onChange={(e) => setRepo(e.target.value)}
              aria-invalid={!!fieldError(errs, 'repo')}
            />
            {fieldError(errs, 'repo') && <span className="field-error">{fieldError(errs, 'repo')}</span>}
          </label>
          <label className="field">
            <span>Tag</span>
            <input
              value={tagName}
              onChange={(e) => setTagName(e.target.value)}
              size={10}
              aria-invalid={!!fieldError(errs, 'tag')}
            />
            {fieldError(errs, 'tag') && <span className="field-error">{fieldError(errs, 'tag')}</span>}
          </label>
          <button type="submit" className="small primary">
            Add tag
          </button>
        </form>
      )}
      {history && <History node={image.node.id} imageRef={image.id} />}
    </div>
  );
}

function PerNode({ items, max, onChange }: { items: ImageT[]; max: number; onChange: () => void }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Images per node">
      <table>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Tags</th>
            <th scope="col">Size</th>
            <th scope="col">Created</th>
            <th scope="col">Used by</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr
              key={`${i.node.id}-${i.id}`}
              data-testid="image-row"
              data-node={i.node.name}
              data-tags={i.repoTags.join(' ')}
            >
              <td>{i.node.name}</td>
              <td>
                <Tags id={i.id} tags={i.repoTags} />
              </td>
              <td style={{ minWidth: 130 }}>
                <span className="num small">{bytes(i.sizeBytes)}</span>
                <SizeBar value={i.sizeBytes} max={max} label={`Size of ${i.repoTags[0] ?? i.id}`} />
              </td>
              <td className="small">{dateTime(i.createdAt)}</td>
              <td className="small">
                <ServiceLinks services={i.services} />
                {i.containers.length > 0 && <div className="muted">{i.containers.length} container(s)</div>}
              </td>
              <td>
                <ImageActions image={i} onChange={onChange} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AcrossNodes({ groups, nodes, max }: { groups: ImageGroup[]; nodes: NodeT[]; max: number }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Images across nodes">
      <table>
        <thead>
          <tr>
            <th scope="col">Tags</th>
            <th scope="col">Size</th>
            <th scope="col">Created</th>
            {nodes.map((n) => (
              <th scope="col" key={n.id}>
                {n.name}
              </th>
            ))}
            <th scope="col">Used by</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const services = new Map<string, ImageT['services'][number]>();
            for (const c of g.copies)
              for (const s of c.services) {
                const had = services.get(s.id);
                services.set(s.id, { ...s, containers: (had?.containers ?? 0) + s.containers });
              }
            return (
              <tr key={g.id} data-testid="image-group" data-tags={g.tags.join(' ')}>
                <td>
                  <Tags id={g.id} tags={g.tags} />
                </td>
                <td style={{ minWidth: 130 }}>
                  <span className="num small">{bytes(g.sizeBytes)}</span>
                  <SizeBar value={g.sizeBytes} max={max} label={`Size of ${g.tags[0] ?? g.id}`} />
                </td>
                <td className="small">{dateTime(g.createdAt)}</td>
                {nodes.map((n) => {
                  const here = g.copies.some((c) => c.node.id === n.id);
                  return (
                    <td key={n.id}>
                      {here ? <Badge tone="ok">present</Badge> : <span className="muted small">—</span>}
                    </td>
                  );
                })}
                <td className="small">
                  <ServiceLinks services={[...services.values()]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ImageView() {
  const auth = useMe();
  const [{ data, error }, reexecute] = useQuery({ query: ImagesQuery });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.kind.startsWith('image.') || e.kind.startsWith('container.'), refetch, {
    throttleMs: 1000,
    pollMs: 10_000,
  });
  const [mode, setMode] = useState<'node' | 'across'>('across');
  const [filter, setFilter] = useState('');
  const items = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const all = data?.images.items ?? [];
    return f
      ? all.filter((i) => i.repoTags.some((t) => t.toLowerCase().includes(f)) || i.id.includes(f))
      : all;
  }, [data, filter]);
  const groups = useMemo(() => groupAcrossNodes(items), [items]);
  if (error && !data) return <ErrorBanner error={errorMessage(error)} retry={refetch} />;
  if (!data) return null;
  const max = Math.max(1, ...items.map((i) => i.sizeBytes));
  const total = items.reduce((n, i) => n + i.sizeBytes, 0);
  return (
    <div className="stack">
      {data.images.unreachableNodes.map((u) => (
        <div key={u.name} className="banner bad" role="alert">
          Node {u.name} did not answer: {u.reason}
        </div>
      ))}
      {auth.can('OPERATOR') && <PullForm nodes={data.nodes} onPulled={refetch} />}
      <div className="row between" style={{ gap: 12 }}>
        <div className="row" style={{ gap: 6 }} role="group" aria-label="View">
          <button type="button" aria-pressed={mode === 'across'} onClick={() => setMode('across')}>
            Across nodes
          </button>
          <button type="button" aria-pressed={mode === 'node'} onClick={() => setMode('node')}>
            Per node
          </button>
        </div>
        <label className="row small" style={{ gap: 6 }}>
          <span>Filter</span>
          <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="repo or tag" />
        </label>
        <span className="small muted">
          {groups.length} image(s), {items.length} copies on {new Set(items.map((i) => i.node.id)).size}{' '}
          node(s), {bytes(total)} in all
        </span>
      </div>
      {!items.length ? (
        <Empty title="No images">Pull one above.</Empty>
      ) : mode === 'across' ? (
        <AcrossNodes groups={groups} nodes={data.nodes} max={max} />
      ) : (
        <PerNode items={items} max={max} onChange={refetch} />
      )}
    </div>
  );
}
