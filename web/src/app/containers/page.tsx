import { Suspense } from 'react';
import { ContainerList } from '@/components/ContainerList';
import { Skeleton } from '@/components/ui';

export default function ContainersPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Containers</h1>
          <div className="sub">Every container on every node</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <ContainerList />
      </Suspense>
    </>
  );
}
