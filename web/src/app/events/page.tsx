import { Suspense } from 'react';
import { EventsView } from '@/components/EventsView';
import { Skeleton } from '@/components/ui';

export default function EventsPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Events</h1>
          <div className="sub">The event log with a live head</div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={400} />}>
        <EventsView />
      </Suspense>
    </>
  );
}
