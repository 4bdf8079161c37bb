import { Suspense } from 'react';
import { EnvironmentsView } from '@/components/access/EnvironmentsView';
import { Skeleton } from '@/components/ui';

export const metadata = { title: 'Environments · Access · Stevedore' };

export default function AccessEnvironmentsPage() {
  return (
    <Suspense fallback={<Skeleton height={500} />}>
      <EnvironmentsView />
    </Suspense>
  );
}
