import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { svc: 'stevedore' },
    // Secrets never reach logs: redact the usual carriers wherever they appear.
    redact: { paths: ['*.password', '*.token', '*.secret', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
