import { Suspense } from 'react';
import { ClusterStatus } from '@/components/ClusterStatus';
import { ControlPlaneCard } from '@/components/ControlPlaneCard';
import { Skeleton } from '@/components/ui';

export default function OverviewPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Overview</h1>
          <div className="sub">Cluster health, capacity and what is happening now</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={420} />}>
        <ClusterStatus />
      </Suspense>
      <Suspense fallback={<Skeleton height={120} />}>
        <div style={{ marginTop: 14 }}>
          <ControlPlaneCard />
        </div>
      </Suspense>
    </>
  );
}
