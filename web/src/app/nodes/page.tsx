import { Suspense } from 'react';
import { NodeList } from '@/components/NodeList';
import { Skeleton } from '@/components/ui';

export default function NodesPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Nodes</h1>
          <div className="sub">Engines, their capacity and availability</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <NodeList />
      </Suspense>
    </>
  );
}
