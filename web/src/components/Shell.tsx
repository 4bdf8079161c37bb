'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useMe, type Auth } from '@/lib/auth';
import { useConnection } from '@/lib/connection';
import { useConnectionStore } from '@/lib/live';
import { ConnectionIndicator } from './ConnectionIndicator';
import { ThemeToggle } from './ThemeToggle';
import { UserMenu } from './UserMenu';

/** Main navigation; `show` hides links to pages the caller has no use for (the server decides anyway). */
const NAV: { href: string; label: string; show?: (a: Auth) => boolean }[] = [
  { href: '/', label: 'Overview' },
  { href: '/services', label: 'Services' },
  { href: '/services/new', label: 'Deploy', show: (a) => a.can('OPERATOR') },
  { href: '/stacks', label: 'Stacks' },
  { href: '/containers', label: 'Containers' },
  { href: '/top', label: 'Top' },
  { href: '/fleet', label: 'Fleet' },
  { href: '/nodes', label: 'Nodes' },
  { href: '/images', label: 'Images' },
  { href: '/networks', label: 'Networks' },
  { href: '/volumes', label: 'Volumes' },
  { href: '/events', label: 'Events' },
  { href: '/access', label: 'Access', show: (a) => a.isAdmin },
  { href: '/audit', label: 'Audit', show: (a) => a.can('VIEWER') },
];

function isCurrent(path: string, href: string): boolean {
  if (href === '/') return path === '/';
  if (href === '/services')
    return path === '/services' || (path.startsWith('/services/') && path !== '/services/new');
  return path === href || path.startsWith(`${href}/`);
}

export function Shell({ children, apiUrl }: { children: ReactNode; apiUrl: string }) {
  const path = usePathname() ?? '/';
  const auth = useMe();
  // The socket comes back after a drop (a role change on the server closes it too, and the API
  // may have been down when the page was rendered): read who we are again.
  const conn = useConnection(useConnectionStore());
  const connected = conn.state === 'connected';
  const { refresh } = auth;
  const unknown = !auth.me;
  useEffect(() => {
    if (connected && (conn.reconnects > 0 || unknown)) void refresh();
  }, [connected, conn.reconnects, unknown, refresh]);
  // The sign-in page stands alone: no navigation to pages it could not show.
  if (path === '/login') return <>{children}</>;
  return (
    <div className="shell">
      <aside className="sidebar">
        <Link href="/" className="brand" aria-label="Stevedore home">
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="2" y="10" width="20" height="10" rx="2" fill="var(--accent)" />
            <rect x="5" y="5" width="6" height="5" rx="1" fill="var(--muted)" />
            <rect x="13" y="5" width="6" height="5" rx="1" fill="var(--muted)" />
          </svg>
          Stevedore
        </Link>
        <nav className="nav" aria-label="Main">
          {NAV.filter((n) => !n.show || n.show(auth)).map((n) => (
            <Link key={n.href} href={n.href} aria-current={isCurrent(path, n.href) ? 'page' : undefined}>
              {n.label}
            </Link>
          ))}
        </nav>
        <div className="sidebar-foot">
          <ThemeToggle />
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <span className="muted small mono hide-phone" title="API endpoint">
            {apiUrl}
          </span>
          <div className="row">
            <ConnectionIndicator />
            <UserMenu />
          </div>
        </header>
        <main className="content" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
