'use client';
import { useState } from 'react';
import { useMutation } from '@urql/next';
import {
  RemoveContainerMutation,
  RestartContainerMutation,
  StartContainerMutation,
  StopContainerMutation,
} from '@/graphql/containers';
import { useMe } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { ConfirmButton } from './ui';

/**
 * Start / stop / restart / remove, each confirmed; remove of a running one forces. Shown only to
 * an OPERATOR (or more) of the node's environment (`clusterId`: the node's cluster).
 */
export function ContainerActions({
  id,
  nodeId,
  clusterId,
  name,
  state,
  managed,
  onRemoved,
  compact,
}: {
  id: string;
  nodeId: string;
  clusterId: string | null;
  name: string;
  state: string;
  managed: boolean;
  onRemoved?: () => void;
  compact?: boolean;
}) {
  const [, start] = useMutation(StartContainerMutation);
  const [, stop] = useMutation(StopContainerMutation);
  const [, restart] = useMutation(RestartContainerMutation);
  const [, remove] = useMutation(RemoveContainerMutation);
  const [err, setErr] = useState<string | null>(null);
  const mayOperate = useMe().canInCluster('OPERATOR', clusterId);
  const running = state === 'RUNNING' || state === 'RESTARTING' || state === 'PAUSED';
  const cls = compact ? 'small' : undefined;
  const vars = { id, node: nodeId };
  const run = async (p: Promise<{ error?: Parameters<typeof errorMessage>[0] }>) => {
    setErr(null);
    const r = await p;
    if (r.error) setErr(errorMessage(r.error));
    return !r.error;
  };
  const managedNote = managed ? ' Stevedore manages it: the service will replace it.' : '';
  if (!mayOperate) return null;
  return (
    <div className="row" style={{ gap: 6 }}>
      {!running && (
        <ConfirmButton
          className={cls}
          title={`Start ${name}?`}
          confirmLabel="Start"
          onConfirm={() => run(start(vars)).then(() => undefined)}
          testId="ct-start"
        >
          Start
        </ConfirmButton>
      )}
      {running && (
        <ConfirmButton
          className={cls}
          title={`Stop ${name}?`}
          body={`SIGTERM, then SIGKILL after 10 s.${managedNote}`}
          confirmLabel="Stop"
          onConfirm={() => run(stop(vars)).then(() => undefined)}
          testId="ct-stop"
        >
          Stop
        </ConfirmButton>
      )}
      {running && (
        <ConfirmButton
          className={cls}
          title={`Restart ${name}?`}
          confirmLabel="Restart"
          onConfirm={() => run(restart(vars)).then(() => undefined)}
          testId="ct-restart"
        >
          Restart
        </ConfirmButton>
      )}
      <ConfirmButton
        className={`${cls ?? ''} danger`}
        danger
        title={`Remove ${name}?`}
        body={`${running ? 'It is running: it will be killed first. ' : ''}This cannot be undone.${managedNote}`}
        confirmLabel="Remove"
        testId="ct-remove"
        onConfirm={async () => {
          if (await run(remove({ ...vars, force: running }))) onRemoved?.();
        }}
      >
        Remove
      </ConfirmButton>
      {err && (
        <span className="field-error" role="alert">
          {err}
        </span>
      )}
    </div>
  );
}
