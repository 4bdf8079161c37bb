import { Suspense } from 'react';
import { AuditView } from '@/components/access/AuditView';
import { Skeleton } from '@/components/ui';

export const metadata = { title: 'Audit · Stevedore' };

export default function AuditPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Audit log</h1>
          <div className="sub">Who did what, when, from where, and how it ended: live</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={500} />}>
        <AuditView />
      </Suspense>
    </>
  );
}
