/**
 * A failure the CLI reports as the server gave it: the GraphQL error code (extensions.code) and its
 * message, with the field or compose line when the server names one. main.ts prints it and exits 1.
 */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: { field?: string; line?: number; path?: string } = {},
  ) {
    super(message);
    this.name = 'CliError';
  }

  /** One line for a person: "Error: NOT_FOUND: service web not found (field id)". */
  describe(): string {
    const where = [
      this.details.line != null && !this.message.includes(`:${this.details.line}:`)
        ? `line ${this.details.line}`
        : '',
      this.details.field ? `field ${this.details.field}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `Error: ${this.code}: ${this.message}${where ? ` (${where})` : ''}`;
  }

  toJSON(): Record<string, unknown> {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown; line?: unknown; path?: unknown };
}

/** The first GraphQL error of an answer as a CliError (the server puts the cause first). */
export function fromGraphQLErrors(errors: readonly GraphQLErrorLike[]): CliError {
  const e = errors[0] ?? { message: 'the server answered with an error and no message' };
  const x = e.extensions ?? {};
  return new CliError(typeof x.code === 'string' ? x.code : 'INTERNAL_SERVER_ERROR', e.message, {
    ...(typeof x.field === 'string' ? { field: x.field } : {}),
    ...(typeof x.line === 'number' ? { line: x.line } : {}),
    ...(typeof x.path === 'string' ? { path: x.path } : {}),
  });
}
