import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** `destination`: where lines go (default stdout); tests pass a stream to read what was logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { svc: 'stevedore' },
      // Secrets never reach logs: redact the usual carriers wherever they appear.
      redact: {
        paths: [
          'password',
          'token',
          'secret',
          'value',
          'authToken',
          '*.password',
          '*.token',
          '*.secret',
          '*.value',
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
