import { Suspense } from 'react';
import { ServiceDetail } from '@/components/ServiceDetail';
import { Skeleton } from '@/components/ui';

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <ServiceDetail id={decodeURIComponent(id)} />
    </Suspense>
  );
}
