import { Suspense } from 'react';
import { SecretsView } from '@/components/access/SecretsView';
import { Skeleton } from '@/components/ui';

export const metadata = { title: 'Secrets · Access · Stevedore' };

export default function AccessSecretsPage() {
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <SecretsView />
    </Suspense>
  );
}
