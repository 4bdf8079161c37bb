/**
 * A one-replica local/webapp:v1 service publishing :8080 with a fast health check, labelled
 * test=<tag> so a suite finds and removes all it made; `extra` overrides any field.
 */
export function taggedWebapp(
  name: string,
  tag: string,
  extra: Record<string, unknown> = {},
  { retries = 2 }: { retries?: number } = {},
) {
  return {
    name,
    image: 'local/webapp:v1',
    replicas: 1,
    ports: [{ containerPort: 8080 }],
    healthCheck: {
      shell: 'wget -q -O /dev/null http://127.0.0.1:8080/health',
      intervalMs: 500,
      timeoutMs: 2000,
      retries,
    },
    stopTimeoutSec: 2,
    labels: [{ key: 'test', value: tag }],
    ...extra,
  };
}
