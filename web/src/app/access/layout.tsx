import type { ReactNode } from 'react';
import { AccessTabs } from '@/components/access/AccessTabs';

export default function AccessLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Access control</h1>
          <div className="sub">Users and their roles, API tokens, environments with quotas, secrets</div>
        </div>
      </div>
      <AccessTabs />
      {children}
    </>
  );
}
