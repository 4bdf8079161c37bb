import { Suspense } from 'react';
import { VolumeView } from '@/components/VolumeView';
import { Skeleton } from '@/components/ui';

export default function VolumesPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Volumes</h1>
          <div className="sub">
            Named volumes per node with their size and the services using them; backups with their checksum,
            and restore into a new volume
          </div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <VolumeView />
      </Suspense>
    </>
  );
}
