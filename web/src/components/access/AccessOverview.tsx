'use client';
import Link from 'next/link';
import { useMe } from '@/lib/auth';
import { Badge, Empty } from '../ui';
import { envLabel, roleTone } from './roles';
import s from './access.module.css';

const MEANING = {
  VIEWER: 'reads everything in the environment',
  OPERATOR: 'also deploys, scales, runs containers and manages secrets',
  ADMIN: 'also manages nodes, role bindings, quotas and policy',
} as const;

/** Who you are here, what you hold, and the way to each access section. */
export function AccessOverview() {
  const auth = useMe();
  const me = auth.me;
  const sections = [
    {
      href: '/access/users',
      title: 'Users & roles',
      text: 'Create users, set passwords, disable, remove; bind VIEWER, OPERATOR or ADMIN per environment.',
      show: auth.isAdmin,
    },
    {
      href: '/access/tokens',
      title: 'API tokens',
      text: 'Tokens for scripts and CI, scoped to environments and a role, with an expiry; revoke any time.',
      show: !!me?.userId || auth.isGlobalAdmin,
    },
    {
      href: '/access/environments',
      title: 'Environments & quotas',
      text: 'Clusters per environment, what workloads may ask of the host, and use against each quota.',
      show: true,
    },
    {
      href: '/access/secrets',
      title: 'Secrets',
      text: 'Encrypted values handed to replicas; names, versions and users listed, values never.',
      show: true,
    },
    {
      href: '/audit',
      title: 'Audit log',
      text: 'Who did what, when, from where, and how it ended: live.',
      show: auth.isAdmin,
    },
  ].filter((x) => x.show);
  return (
    <div className="stack" style={{ gap: 14 }}>
      {!auth.authEnabled && (
        <div className="banner warn" data-testid="auth-off">
          Access control is off on this server (STEVEDORE_AUTH): every caller is an anonymous ADMIN. Users,
          roles and tokens are kept but not enforced.
        </div>
      )}
      <div className="grid cols-2">
        <section className="card stack" aria-label="You" data-testid="access-me">
          <h2 style={{ margin: 0 }}>You</h2>
          {me ? (
            <dl className="kv">
              <dt>Name</dt>
              <dd>
                <strong>{me.username}</strong>
              </dd>
              <dt>Signed in with</dt>
              <dd>{me.kind === 'token' ? `API token ${me.tokenName ?? ''}` : me.kind}</dd>
              {me.expiresAt && (
                <>
                  <dt>Until</dt>
                  <dd>{new Date(me.expiresAt).toLocaleString()}</dd>
                </>
              )}
            </dl>
          ) : (
            <Empty title="Not signed in" />
          )}
        </section>
        <section className="card tight" aria-label="Your roles">
          <h2>Your roles</h2>
          {me && me.roles.length ? (
            <table data-testid="my-roles">
              <tbody>
                {me.roles.map((r) => (
                  <tr key={r.environment}>
                    <td>{r.environment === '*' ? <em>{envLabel('*')}</em> : r.environment}</td>
                    <td>
                      <Badge tone={roleTone(r.role)}>{r.role.toLowerCase()}</Badge>
                    </td>
                    <td className="small muted hide-phone">{MEANING[r.role]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty title="No role">Ask an ADMIN to bind one.</Empty>
          )}
        </section>
      </div>
      <div className={s.sections}>
        {sections.map((x) => (
          <Link key={x.href} href={x.href} className="card">
            <strong>{x.title} →</strong>
            <span className="small muted">{x.text}</span>
          </Link>
        ))}
      </div>
    </div>
  );
}
