import { Suspense } from 'react';
import { ImageView } from '@/components/ImageView';
import { Skeleton } from '@/components/ui';

export default function ImagesPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Images</h1>
          <div className="sub">
            Every image on every node: tags, size, the services using them; pull with progress, tag, remove,
            history
          </div>
        </div>
      </div>
      <Suspense fallback={<Skeleton height={300} />}>
        <ImageView />
      </Suspense>
    </>
  );
}
