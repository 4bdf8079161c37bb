/**
 * Parses an engine endpoint the way the docker CLI reads DOCKER_HOST:
 * `unix:///var/run/docker.sock`, a bare socket path, `tcp://host:2375` or `tcp://host:2376` (TLS).
 */
export type ParsedEndpoint =
  { kind: 'unix'; socketPath: string } | { kind: 'tcp'; host: string; port: number; tls: boolean };

export function parseEndpoint(endpoint: string): ParsedEndpoint {
  const e = endpoint.trim();
  if (e.startsWith('unix://')) {
    const socketPath = e.slice('unix://'.length);
    if (!socketPath.startsWith('/'))
      throw new Error(`unix endpoint needs an absolute socket path: ${endpoint}`);
    return { kind: 'unix', socketPath };
  }
  if (e.startsWith('/')) return { kind: 'unix', socketPath: e };
  const m = /^(tcp|https?):\/\/(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(e);
  if (m) {
    const scheme = m[1]!;
    const port = m[3] ? Number(m[3]) : scheme === 'https' ? 2376 : 2375;
    if (port < 1 || port > 65535) throw new Error(`port out of range in ${endpoint}`);
    const host = m[2]!.replace(/^\[|\]$/g, '');
    return { kind: 'tcp', host, port, tls: scheme === 'https' || port === 2376 };
  }
  throw new Error(
    `expected unix:///path/docker.sock, /path/docker.sock or tcp://host:port, got "${endpoint}"`,
  );
}
