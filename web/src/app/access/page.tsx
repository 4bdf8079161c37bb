import { AccessOverview } from '@/components/access/AccessOverview';

export const metadata = { title: 'Access · Stevedore' };

export default function AccessPage() {
  return <AccessOverview />;
}
