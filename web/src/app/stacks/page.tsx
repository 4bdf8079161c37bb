import { Suspense } from 'react';
import { NewStackLink, StackList } from '@/components/StackList';
import { Skeleton } from '@/components/ui';

export default function StacksPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Stacks</h1>
          <div className="sub">
            Compose files deployed as one application; status rolled up from the services, live
          </div>
        </div>
        <NewStackLink />
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <StackList />
      </Suspense>
    </>
  );
}
