'use client';

export default function ErrorPage({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="banner bad row between" role="alert">
      <span>Something broke while rendering this page: {error.message}</span>
      <button type="button" className="small" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
