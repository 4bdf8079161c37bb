import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The request being served (HTTP: pino-http's id, set around the request's middleware chain in
 * app.ts), so that what runs on its behalf, a GraphQL error among them, can name it.
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** `destination`: where lines go (default stdout); tests pass a stream to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { svc: 'stevedore' },
      // Secrets never reach logs: redact the usual carriers wherever they appear. Not `value`: it is
      // a label's or an environment variable's value far more often than a secret (secret values
      // are never logged: the audit cuts them from the arguments it keeps).
      redact: {
        paths: [
          'password',
          'token',
          'secret',
          'authToken',
          '*.password',
          '*.token',
          '*.secret',
          '*.authToken',
          '*.newPassword',
          '*.currentPassword',
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
