import type { Role } from '@/lib/auth';
import type { Tone } from '../ui';

export { ALL_ENVIRONMENTS, ROLES } from '@/lib/auth';

/** ADMIN stands out, OPERATOR warns, VIEWER informs. */
export const roleTone = (r: Role): Tone => (r === 'ADMIN' ? 'bad' : r === 'OPERATOR' ? 'warn' : 'info');

/** `*` reads as "every environment". */
export const envLabel = (env: string): string => (env === '*' ? 'every environment' : env);
