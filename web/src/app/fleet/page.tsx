import { Suspense } from 'react';
import { FleetView } from '@/components/FleetView';
import { Skeleton } from '@/components/ui';

export default function FleetPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Fleet</h1>
          <div className="sub">Member clusters by region, and the federated services placed over them</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <FleetView />
      </Suspense>
    </>
  );
}
