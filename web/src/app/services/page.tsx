import { Suspense } from 'react';
import { DeployServiceLink, ServiceList } from '@/components/ServiceList';
import { Skeleton } from '@/components/ui';

export default function ServicesPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Services</h1>
          <div className="sub">Replicas, health and rollouts, live</div>
        </div>
        <DeployServiceLink />
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <ServiceList />
      </Suspense>
    </>
  );
}
