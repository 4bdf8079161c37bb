import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CliError, fromGraphQLErrors } from './errors.js';

export interface Target {
  url: string;
  token: string | null;
}

const CSRF_HEADER = 'x-stevedore-csrf';

/**
 * Queries and mutations over HTTP (POST, JSON), subscriptions over graphql-ws on the same URL.
 * A GraphQL error becomes a CliError with the server's code and message; so does an HTTP refusal
 * (401, 413, 429) and an unreachable server.
 */
export class Api {
  constructor(readonly target: Target) {}

  async request<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ data: R; headers: Headers }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      // A session cookie (login) needs the CSRF header on mutations; a bearer token ignores it.
      [CSRF_HEADER]: '1',
      ...extraHeaders,
    };
    if (this.target.token && !extraHeaders.cookie) headers.authorization = `Bearer ${this.target.token}`;
    let res: Response;
    try {
      res = await fetch(this.target.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: print(doc), variables: variables ?? {} }),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(
        'UNREACHABLE',
        `cannot reach ${this.target.url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`,
      );
    }
    const text = await res.text();
    let body: { data?: R | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new CliError(
        res.status === 401 ? 'UNAUTHENTICATED' : res.status === 429 ? 'RATE_LIMITED' : `HTTP_${res.status}`,
        `${this.target.url} answered ${res.status} ${res.statusText}: ${text.trim().slice(0, 300)}`,
      );
    }
    if (body.errors?.length) throw fromGraphQLErrors(body.errors);
    if (!body.data) throw new CliError(`HTTP_${res.status}`, `${this.target.url} answered without data`);
    return { data: body.data, headers: res.headers };
  }

  async query<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
    return (await this.request(doc, variables)).data;
  }

  /** A graphql-ws client that does not retry by itself (callers that resume do it with their cursor). */
  socket(): Client {
    const u = new URL(this.target.url);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    return createClient({
      url: u.toString(),
      webSocketImpl: WebSocket,
      connectionParams: this.target.token ? { authToken: this.target.token } : {},
      retryAttempts: 0,
      lazy: true,
      lazyCloseTimeout: 0,
      shouldRetry: () => false,
    });
  }
}

export interface Stream {
  /** Resolves when the stream completes; rejects with a CliError when it fails. */
  done: Promise<void>;
  /** Stops the stream (the server's subscription completes). */
  close(): void;
}

/** One subscription on a client: each result to onData, errors as CliError. */
export function subscribe<R, V extends Record<string, unknown>>(
  client: Client,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  onData: (data: R) => void,
): Stream {
  let dispose: () => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    dispose = client.subscribe<R>(
      { query: print(doc), variables },
      {
        next: (r) => {
          if (r.errors?.length) reject(fromGraphQLErrors(r.errors));
          else if (r.data) onData(r.data as R);
        },
        error: (err) => reject(socketError(err)),
        complete: () => resolve(),
      },
    );
  });
  return { done, close: () => dispose() };
}

/** graphql-ws hands over a GraphQL error list, a CloseEvent or an Error. */
export function socketError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  if (Array.isArray(err)) return fromGraphQLErrors(err as { message: string }[]);
  const e = err as { code?: number; reason?: string; message?: string };
  if (typeof e.code === 'number') {
    const code = e.code === 4403 ? 'FORBIDDEN' : e.code === 4401 ? 'UNAUTHENTICATED' : 'DISCONNECTED';
    return new CliError(code, `the subscription socket closed (${e.code}${e.reason ? `: ${e.reason}` : ''})`);
  }
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  return new CliError('DISCONNECTED', `the subscription socket failed: ${cause ?? e.message ?? String(err)}`);
}
