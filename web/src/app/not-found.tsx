import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="card empty">
      <strong>Nothing here</strong>
      <Link href="/">Back to the overview</Link>
    </div>
  );
}
