import { Suspense } from 'react';
import { TopContainers } from '@/components/TopContainers';
import { Skeleton } from '@/components/ui';

export default function TopPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Top</h1>
          <div className="sub">The busiest containers across every node, live</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <TopContainers />
      </Suspense>
    </>
  );
}
