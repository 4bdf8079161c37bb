import { Suspense } from 'react';
import { TokensView } from '@/components/access/TokensView';
import { Skeleton } from '@/components/ui';

export const metadata = { title: 'API tokens · Access · Stevedore' };

export default function AccessTokensPage() {
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <TokensView />
    </Suspense>
  );
}
