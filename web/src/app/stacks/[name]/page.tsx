import { Suspense } from 'react';
import { StackDetail } from '@/components/StackDetail';
import { Skeleton } from '@/components/ui';

export default async function StackPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <StackDetail name={decodeURIComponent(name)} />
    </Suspense>
  );
}
