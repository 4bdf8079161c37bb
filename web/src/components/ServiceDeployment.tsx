'use client';
import { useRouter } from 'next/navigation';
import { useMutation } from '@urql/next';
import { CreateServiceMutation } from '@/graphql/ops';
import { ServiceFormView } from './ServiceFormView';

/** The deploy form: validated here as the server would, then created; on success, the service page. */
export function ServiceDeployment() {
  const router = useRouter();
  const [, create] = useMutation(CreateServiceMutation);
  return (
    <ServiceFormView
      mode="create"
      submitLabel="Deploy"
      onSubmit={async (spec) => {
        const r = await create({ spec });
        if (r.error) return r.error;
        if (r.data) router.push(`/services/${encodeURIComponent(r.data.createService.id)}`);
        return undefined;
      }}
    />
  );
}
