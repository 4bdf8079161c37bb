import { CliError } from './errors.js';

/** Commander's collector for repeated options (-e A=1 -e B=2). */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** KEY=VALUE (the value may hold '='); `what` names the flag in the error. */
export function keyValue(text: string, what: string): { key: string; value: string } {
  const i = text.indexOf('=');
  if (i <= 0) throw new CliError('BAD_USER_INPUT', `${what} ${text}: want KEY=VALUE`, { field: what });
  return { key: text.slice(0, i), value: text.slice(i + 1) };
}

/** As docker -p: CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER, each with an optional /tcp or /udp. */
export function port(text: string): {
  containerPort: number;
  hostPort?: number;
  hostIp?: string;
  protocol?: 'TCP' | 'UDP';
} {
  const [spec = '', proto] = text.split('/');
  if (proto && proto !== 'tcp' && proto !== 'udp')
    throw new CliError('BAD_USER_INPUT', `--publish ${text}: the protocol is tcp or udp`, {
      field: 'publish',
    });
  const parts = spec.split(':');
  const num = (s: string | undefined) => (s != null && /^\d+$/.test(s) ? Number(s) : NaN);
  const containerPort = num(parts[parts.length - 1]);
  const hostPort = parts.length >= 2 ? num(parts[parts.length - 2]) : undefined;
  const hostIp = parts.length >= 3 ? parts.slice(0, -2).join(':') : undefined;
  if (parts.length > 3 && !hostIp?.startsWith('['))
    throw new CliError('BAD_USER_INPUT', `--publish ${text}: want [IP:]HOST:CONTAINER[/PROTO]`, {
      field: 'publish',
    });
  if (Number.isNaN(containerPort) || (hostPort !== undefined && Number.isNaN(hostPort)))
    throw new CliError(
      'BAD_USER_INPUT',
      `--publish ${text}: ports are numbers, [IP:]HOST:CONTAINER[/PROTO]`,
      {
        field: 'publish',
      },
    );
  return {
    containerPort,
    ...(hostPort !== undefined ? { hostPort } : {}),
    ...(hostIp ? { hostIp: hostIp.replace(/^\[|\]$/g, '') } : {}),
    ...(proto ? { protocol: proto === 'udp' ? 'UDP' : 'TCP' } : {}),
  };
}

/** A whole number in a range; `what` names the flag or argument. */
export function int(text: string, what: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^-?\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new CliError(
      'BAD_USER_INPUT',
      `${what} ${text}: want a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `${min}..${max}`}`,
      {
        field: what,
      },
    );
  return Number(text);
}

/** A duration: 500ms, 10s, 2m, 1h; a bare number is seconds (as docker's --update-delay 10). */
export function durationMs(text: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m)
    throw new CliError('BAD_USER_INPUT', `${what} ${text}: want a duration such as 500ms, 10s or 2m`, {
      field: what,
    });
  const n = Number(m[1]);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(n * unit);
}
