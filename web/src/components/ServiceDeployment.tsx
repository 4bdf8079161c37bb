'use client';
import { useRouter } from 'next/navigation';
import { useMutation } from '@urql/next';
import { CreateServiceMutation } from '@/graphql/services';
import { useMe } from '@/lib/auth';
import { ServiceFormView } from './ServiceFormView';

/** The deploy form: validated here as the server would, then created; on success, the service page. */
export function ServiceDeployment() {
  const router = useRouter();
  const [, create] = useMutation(CreateServiceMutation);
  // A service without a cluster lands in the default cluster: OPERATOR in its environment.
  const auth = useMe();
  if (!auth.canInCluster('OPERATOR', 'default'))
    return (
      <div className="banner warn" role="alert" data-testid="deploy-forbidden">
        Deploying needs the OPERATOR role in the environment of the default cluster (your role:{' '}
        {auth.roleIn(auth.environmentOf('default')?.id) ?? 'none'}). An administrator can grant it.
      </div>
    );
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
