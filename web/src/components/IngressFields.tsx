'use client';
import type { IngressAlgorithm } from '@/gql/graphql';
import type { IngressForm } from '@/lib/spec';
import { INGRESS_RANGES } from '@stevedore/spec-rules';
import { Err, Field, fieldProps, type Ctx } from './form-fields';

const range = (k: keyof typeof INGRESS_RANGES) => `${INGRESS_RANGES[k][0]}..${INGRESS_RANGES[k][1]}`;

type ProbeKey = Exclude<keyof IngressForm['probe'], 'enabled'>;
const PROBE_FIELDS: { key: ProbeKey; label: string; hint: string }[] = [
  { key: 'path', label: 'Probe path', hint: 'GET; 2xx or 3xx is healthy; empty: /' },
  { key: 'intervalMs', label: 'Probe every (ms)', hint: `${range('probe.intervalMs')}; empty: 5000` },
  { key: 'timeoutMs', label: 'Probe timeout (ms)', hint: 'at most the interval; empty: 2000' },
  { key: 'healthyThreshold', label: 'Back in after', hint: 'passed probes in a row; empty: 1' },
  { key: 'unhealthyThreshold', label: 'Out after', hint: 'failed probes in a row; empty: 1' },
];

const BREAKER_FIELDS: {
  key: 'failureThreshold' | 'resetTimeoutMs' | 'upstreamTimeoutMs';
  label: string;
  hint: string;
}[] = [
  { key: 'failureThreshold', label: 'Breaker opens after', hint: 'failures in a row; empty: 5' },
  { key: 'resetTimeoutMs', label: 'Breaker retry after (ms)', hint: 'open, then one trial; empty: 60000' },
  { key: 'upstreamTimeoutMs', label: 'Upstream timeout (ms)', hint: 'per attempt; empty: server default' },
];

/** Field paths these inputs show errors for (a server error naming another goes on top of the form). */
export function ingressPaths(g: IngressForm): string[] {
  if (!g.enabled) return [];
  const out = ['ingress', 'ingress.port', 'ingress.targetPort', 'ingress.algorithm', 'ingress.routes'];
  out.push('ingress.tls', 'ingress.tls.secret', ...BREAKER_FIELDS.map((f) => `ingress.${f.key}`));
  g.routes.forEach((_, i) =>
    out.push(`ingress.routes[${i}]`, `ingress.routes[${i}].host`, `ingress.routes[${i}].pathPrefix`),
  );
  if (g.probe.enabled) out.push('ingress.probe', ...PROBE_FIELDS.map((f) => `ingress.probe.${f.key}`));
  return out;
}

/**
 * The service's ingress block: published on the control plane's port, balanced over the replicas'
 * target port, with routes by host and path prefix, TLS from a secret, an active probe and the
 * breaker. Unticked, the service is not published (an update with it unticked closes the ingress).
 */
export function IngressFields({
  ctx,
  value,
  onChange,
}: {
  ctx: Ctx;
  value: IngressForm;
  onChange: (g: IngressForm) => void;
}) {
  const set = (k: keyof IngressForm, v: IngressForm[keyof IngressForm]) => onChange({ ...value, [k]: v });
  const routes = value.routes;
  const setRoute = (i: number, k: 'host' | 'pathPrefix', v: string) =>
    set(
      'routes',
      routes.map((r, j) => (j === i ? { ...r, [k]: v } : r)),
    );
  const probe = value.probe;
  return (
    <fieldset data-testid="ingress-fields">
      <legend>Ingress</legend>
      <label className="row small" style={{ marginBottom: 8 }}>
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
          data-testid="ingress-enabled"
        />{' '}
        Publish through the ingress (the control plane balances requests over the replicas)
      </label>
      <Err ctx={ctx} path="ingress" />
      {value.enabled && (
        <div className="stack" style={{ gap: 10 }}>
          <div className="form-grid">
            <Field ctx={ctx} path="ingress.port" label="Ingress port" hint={`on 127.0.0.1, ${range('port')}`}>
              <input
                inputMode="numeric"
                value={value.port}
                onChange={(e) => set('port', e.target.value)}
                {...fieldProps(ctx, 'ingress.port')}
              />
            </Field>
            <Field
              ctx={ctx}
              path="ingress.targetPort"
              label="Target container port"
              hint="one of the ports above; empty: the first TCP one"
            >
              <input
                inputMode="numeric"
                value={value.targetPort}
                onChange={(e) => set('targetPort', e.target.value)}
                {...fieldProps(ctx, 'ingress.targetPort')}
              />
            </Field>
            <Field ctx={ctx} path="ingress.algorithm" label="Load balancing">
              <select
                value={value.algorithm}
                onChange={(e) => set('algorithm', e.target.value as IngressAlgorithm)}
                {...fieldProps(ctx, 'ingress.algorithm')}
              >
                <option value="ROUND_ROBIN">round robin</option>
                <option value="LEAST_CONNECTIONS">least connections</option>
              </select>
            </Field>
            <Field
              ctx={ctx}
              path="ingress.tls.secret"
              label="TLS secret"
              hint="PEM certificate and key; empty: plain HTTP"
            >
              <input
                value={value.tlsSecret}
                onChange={(e) => set('tlsSecret', e.target.value)}
                autoComplete="off"
                spellCheck={false}
                {...fieldProps(ctx, 'ingress.tls.secret')}
              />
              <Err ctx={ctx} path="ingress.tls" />
            </Field>
          </div>

          <div>
            <h4 style={{ margin: '4px 0' }}>Routes</h4>
            <p className="hint" style={{ margin: '0 0 6px' }}>
              None: every request to the port. Several services share a port when their routes differ.
            </p>
            <Err ctx={ctx} path="ingress.routes" />
            <div className="stack" style={{ gap: 6 }}>
              {routes.map((r, i) => (
                <div key={i} className="stack" style={{ gap: 2 }} data-testid="ingress-route">
                  <div className="row" style={{ alignItems: 'flex-start' }}>
                    <Field
                      ctx={ctx}
                      path={`ingress.routes[${i}].host`}
                      label={`Route ${i + 1} host`}
                      hint="app.example.com or *.example.com; empty: any"
                    >
                      <input
                        value={r.host}
                        onChange={(e) => setRoute(i, 'host', e.target.value)}
                        autoComplete="off"
                        spellCheck={false}
                        {...fieldProps(ctx, `ingress.routes[${i}].host`)}
                      />
                    </Field>
                    <Field
                      ctx={ctx}
                      path={`ingress.routes[${i}].pathPrefix`}
                      label={`Route ${i + 1} path prefix`}
                      hint="/api takes /api/x, not /apix; empty: /"
                    >
                      <input
                        value={r.pathPrefix}
                        onChange={(e) => setRoute(i, 'pathPrefix', e.target.value)}
                        autoComplete="off"
                        spellCheck={false}
                        {...fieldProps(ctx, `ingress.routes[${i}].pathPrefix`)}
                      />
                    </Field>
                    <div style={{ paddingTop: 22 }}>
                      <button
                        type="button"
                        className="small"
                        aria-label={`Remove route ${i + 1}`}
                        onClick={() =>
                          set(
                            'routes',
                            routes.filter((_, j) => j !== i),
                          )
                        }
                      >
                        ✕
                      </button>
                    </div>
                  </div>
                  <Err ctx={ctx} path={`ingress.routes[${i}]`} />
                </div>
              ))}
              <div>
                <button
                  type="button"
                  className="small"
                  onClick={() => set('routes', [...routes, { host: '', pathPrefix: '' }])}
                >
                  + Add route
                </button>
              </div>
            </div>
          </div>

          <div className="form-grid">
            {BREAKER_FIELDS.map(({ key, label, hint }) => (
              <Field key={key} ctx={ctx} path={`ingress.${key}`} label={label} hint={hint}>
                <input
                  inputMode="numeric"
                  value={value[key]}
                  onChange={(e) => set(key, e.target.value)}
                  {...fieldProps(ctx, `ingress.${key}`)}
                />
              </Field>
            ))}
          </div>

          <label className="row small">
            <input
              type="checkbox"
              checked={probe.enabled}
              onChange={(e) => set('probe', { ...probe, enabled: e.target.checked })}
              data-testid="ingress-probe-enabled"
            />{' '}
            Active health probe of every replica (beside the breaker)
          </label>
          <Err ctx={ctx} path="ingress.probe" />
          {probe.enabled && (
            <div className="form-grid">
              {PROBE_FIELDS.map(({ key, label, hint }) => (
                <Field key={key} ctx={ctx} path={`ingress.probe.${key}`} label={label} hint={hint}>
                  <input
                    inputMode={key === 'path' ? undefined : 'numeric'}
                    spellCheck={key === 'path' ? false : undefined}
                    value={probe[key]}
                    onChange={(e) => set('probe', { ...probe, [key]: e.target.value })}
                    {...fieldProps(ctx, `ingress.probe.${key}`)}
                  />
                </Field>
              ))}
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
