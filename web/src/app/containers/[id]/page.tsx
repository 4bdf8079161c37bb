import { Suspense } from 'react';
import { ContainerDetail } from '@/components/ContainerDetail';
import { Skeleton } from '@/components/ui';

export default async function ContainerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ node?: string }>;
}) {
  const { id } = await params;
  const { node } = await searchParams;
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <ContainerDetail id={decodeURIComponent(id)} node={node} />
    </Suspense>
  );
}
