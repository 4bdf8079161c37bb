import { Suspense } from 'react';
import { NetworkView } from '@/components/NetworkView';
import { Skeleton } from '@/components/ui';

export default function NetworksPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Networks</h1>
          <div className="sub">
            Each network&apos;s replicas per node with their health, the nodes&apos; slices, and a
            connectivity check
          </div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <NetworkView />
      </Suspense>
    </>
  );
}
