import { Suspense } from 'react';
import { NodeDetail } from '@/components/NodeDetail';
import { Skeleton } from '@/components/ui';

export default async function NodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <NodeDetail id={decodeURIComponent(id)} />
    </Suspense>
  );
}
