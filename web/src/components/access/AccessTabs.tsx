'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import s from './access.module.css';

const TABS = [
  { href: '/access', label: 'Overview' },
  { href: '/access/users', label: 'Users & roles' },
  { href: '/access/tokens', label: 'API tokens' },
  { href: '/access/environments', label: 'Environments & quotas' },
  { href: '/access/secrets', label: 'Secrets' },
];

/** The access sections as tabs: links, so each has its own address. */
export function AccessTabs() {
  const path = usePathname() ?? '/access';
  return (
    <nav className={s.tabs} aria-label="Access control">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={path === t.href ? 'page' : undefined}
          data-testid={`access-tab-${t.href.split('/')[2] ?? 'overview'}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
