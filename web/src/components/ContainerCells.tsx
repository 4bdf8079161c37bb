import Link from 'next/link';
import { shortId } from '@/lib/format';

/** A container's name (a link to its page) over its short id: the containers list and Top. */
export function ContainerNameCell({ c }: { c: { id: string; name: string; node: { id: string } } }) {
  return (
    <td>
      <Link href={`/containers/${c.id}?node=${encodeURIComponent(c.node.id)}`}>
        <strong>{c.name}</strong>
      </Link>
      <div className="mono small muted">{shortId(c.id)}</div>
    </td>
  );
}

/** The service a container belongs to (by its stevedore.service label), by name when known. */
export function ServiceCell({ service, names }: { service: string | null; names: Map<string, string> }) {
  return (
    <td className="hide-phone">
      {service ? (
        <Link href={`/services/${encodeURIComponent(service)}`}>
          {names.get(service) ?? service.slice(0, 8)}
        </Link>
      ) : (
        <span className="muted">—</span>
      )}
    </td>
  );
}
