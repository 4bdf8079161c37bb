import { Suspense } from 'react';
import { UsersView } from '@/components/access/UsersView';
import { Skeleton } from '@/components/ui';

export const metadata = { title: 'Users · Access · Stevedore' };

export default function AccessUsersPage() {
  return (
    <Suspense fallback={<Skeleton height={400} />}>
      <UsersView />
    </Suspense>
  );
}
