import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { pinoHttp, type Options as HttpLogOptions } from 'pino-http';
import { createRequire } from 'node:module';
import type {
  ExecutionArgs,
  ExecutionResult,
  GraphQLError as GraphQLErrorType,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import { WebSocketServer } from 'ws';
import type { Context } from './api/context.js';
import { createLoaders } from './api/loaders.js';
import { makeFormatError } from './api/format-error.js';
import { operationKey, sharedSubscribe, type GraphqlExecution } from './api/realtime/shared-subscribe.js';
import { deliverShared } from './api/realtime/shared-next.js';
import { useWsServer } from './api/realtime/ws-transport.js';
import { buildStevedoreSchema } from './api/schema.js';
import { createHttpAuth } from './api/auth/http.js';
import { MAX_TOKENS, limitRules, type GraphqlModule } from './api/auth/limits.js';
import type { Config } from './config.js';
import { Core } from './core.js';
import type { EngineFactory } from './engine/engine.js';
import { createLogger, requestScope, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';

/**
 * graphql as node_modules load it (CommonJS), which is the instance graphql-ws checks errors
 * against with instanceof. Under Node this is the same module an `import from 'graphql'` gets;
 * under vitest, source files are resolved to graphql's .mjs copy instead, a different realm.
 */
const graphqlRealm = createRequire(import.meta.url)('graphql') as GraphqlExecution & {
  GraphQLError: typeof GraphQLErrorType;
} & GraphqlModule;

export interface App {
  core: Core;
  schema: GraphQLSchema;
  server: http.Server;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  engineFactory?: EngineFactory;
}

/**
 * One HTTP server carries everything: POST /graphql (Apollo), graphql-ws on the same path,
 * /healthz for probes and /metrics for Prometheus.
 */
export async function startApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.logger ?? createLogger(config.logLevel);
  const metrics: Metrics = createMetrics();
  const core = new Core(config, log, metrics, opts.engineFactory);
  const schema = await buildStevedoreSchema();

  const app = express();
  // HTTPS (and wss) when a certificate is configured.
  const tls = config.api.tls;
  const httpServer: http.Server = tls
    ? https.createServer({ cert: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) }, app)
    : http.createServer(app);
  const httpAuth = createHttpAuth(core.app, config);
  // Depth, alias and cost limits, for HTTP and WebSocket alike (api/auth/limits.ts).
  const limits = limitRules(graphqlRealm, config.api);
  const wsRules = [
    ...graphqlRealm.specifiedRules,
    ...limits,
    ...(config.introspection ? [] : [graphqlRealm.NoSchemaIntrospectionCustomRule]),
  ];
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const formatError = makeFormatError(log);
  const formatNext = (args: ExecutionArgs, r: ExecutionResult): ExecutionResult | undefined => {
    if (!r.errors?.length) return undefined;
    const requestId = (args.contextValue as Context).requestId;
    return {
      ...r,
      errors: r.errors.map((e) => formatError(e.toJSON(), e, requestId)),
    } as unknown as ExecutionResult;
  };
  const wsCleanup = useWsServer<Record<string, unknown>, { core?: Core }>(
    {
      // execute: graphql-ws's own import of graphql, the instance type-graphql built the schema with
      // (under vitest, source files may get another copy of graphql: see graphqlRealm).
      schema,
      // One execution per event for all subscribers of the same operation (see sharedSubscribe).
      subscribe: sharedSubscribe(graphqlRealm, (args) =>
        operationKey(args, (args.contextValue as Context).authToken),
      ),
      parse: (source) => graphqlRealm.parse(source, { maxTokens: MAX_TOKENS }),
      validate: (s, document) => graphqlRealm.validate(s, document, wsRules),
      // connection_init may carry { authToken }: checked into the principal (api/auth/http.ts).
      // One request id per operation (the connection's messages are not requests of their own).
      context: (ctx): Context => ({
        core: core.app,
        loaders: createLoaders(core.app, { cache: false }),
        log,
        requestId: randomUUID(),
        ...httpAuth.wsContext(ctx.extra),
      }),
      onConnect: (ctx) => {
        const token = ctx.connectionParams?.authToken;
        if (token !== undefined && token !== null && typeof token !== 'string') return false;
        if (!httpAuth.wsConnect(ctx.extra, ctx.connectionParams)) return false;
        metrics.wsConnections.inc();
        return true;
      },
      onDisconnect: () => {
        metrics.wsConnections.dec();
      },
      // graphql-ws has registered the new id when this runs: more than the limit means this one is over.
      onSubscribe: (ctx, _id, payload) => {
        const wait = httpAuth.wsRateLimited(ctx.extra);
        if (wait)
          return [
            new graphqlRealm.GraphQLError(`too many requests: retry after ${wait} s`, {
              extensions: { code: 'RATE_LIMITED', retryAfter: wait },
            }),
          ];
        if (!httpAuth.wsPersistedOk(payload.query))
          return [
            new graphqlRealm.GraphQLError('only persisted queries are accepted here: unknown query hash', {
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
            }),
          ];
        const active = Object.keys(ctx.subscriptions).length;
        if (active <= config.wsMaxSubscriptions) return undefined;
        return [
          new graphqlRealm.GraphQLError(
            `too many subscriptions on this connection (limit ${config.wsMaxSubscriptions})`,
            {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: config.wsMaxSubscriptions },
            },
          ),
        ];
      },
      // Refusals before execution (validation, limits, rate, persisted queries) leave through the
      // same gate, with an id of their own (no context exists yet).
      onError: (_ctx, _id, _payload, errors) => {
        const requestId = randomUUID();
        // graphql-js's own validation errors carry no code: GRAPHQL_VALIDATION_FAILED, as on HTTP.
        return errors.map((e) => {
          const json = e.toJSON();
          const extensions = { code: 'GRAPHQL_VALIDATION_FAILED', ...json.extensions };
          return formatError({ ...json, extensions }, e, requestId);
        });
      },
      // Subscription errors leave through the same gate as HTTP ones.
      onNext: (_ctx, _id, _payload, args, result) => formatNext(args, result as ExecutionResult),
      // A subscription's results are written by deliverShared: serialised once per shared result,
      // not once per subscriber (api/realtime/shared-next.ts).
      onOperation: (ctx, id, _payload, args, result) => {
        if (!isAsyncIterable(result)) return undefined;
        return deliverShared(ctx.extra.socket, id, result, (r) => formatNext(args, r) ?? r);
      },
    },
    wss,
    // Pings every period; a socket that has not answered the previous ping is terminated, which
    // completes its subscriptions and closes their engine streams.
    config.wsKeepAliveMs > 0 ? config.wsKeepAliveMs : Infinity,
    (err, where) => log.error({ err, where }, 'internal error on a WebSocket'),
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: limits,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return { drainServer: async () => wsCleanup.dispose() };
        },
      },
      {
        async requestDidStart() {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse(rc) {
              const type = rc.operation?.operation ?? 'unknown';
              const outcome = rc.errors?.length ? 'error' : 'ok';
              // A root field of the schema (bounded), never the client's operation name.
              const field = rc.operation ? rootField(rc.operation) : 'invalid';
              metrics.graphqlRequests.inc({ type, field, outcome });
              metrics.graphqlDuration.observe({ type }, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Request logs (pino-http): one line per request with its id, which the answer's x-request-id
  // header and every GraphQL error's extensions.requestId carry. Probes and scrapes are not logged.
  const quiet = new Set(['/healthz', '/readyz', '/metrics']);
  app.use(
    pinoHttp({
      // pino-http types its logger by its own pino's levels; ours is the same logger API.
      logger: log.child({ part: 'http' }) as unknown as HttpLogOptions['logger'],
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => quiet.has(req.url?.split('?')[0] ?? '') },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }) as unknown as express.RequestHandler,
    (req, _res, next) => requestScope.run({ requestId: String(req.id) }, next),
  );
  // Liveness: the process answers. Readiness: the store, the engines, Redis (control/readiness.ts).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const r = core.readiness();
    res.status(r.ready ? 200 : 503).json({
      status: r.ready ? 'ready' : 'not ready',
      leader: r.leader,
      role: r.role,
      instanceId: r.instanceId,
      failed: r.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`),
      checks: r.checks,
    });
  });
  app.get('/metrics', httpAuth.metricsAuth, async (_req, res) => {
    await core.workload.collect();
    res.set('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: true }),
    httpAuth.rateLimit,
    express.json({ limit: config.api.bodyLimit }),
    ...(httpAuth.persisted ? [httpAuth.persisted] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => ({
        core: core.app,
        loaders: createLoaders(core.app),
        log,
        requestId: String(req.id),
        ...httpAuth.httpContext(req, res),
      }),
    }),
  );
  app.use('/graphql', httpAuth.bodyErrors);

  await core.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const addr = httpServer.address() as AddressInfo;
  const host = addr.address.includes(':') ? `[${addr.address}]` : addr.address;
  const url = `${tls ? 'https' : 'http'}://${host}:${addr.port}/graphql`;
  log.info({ url }, 'stevedore listening');

  return {
    core,
    schema,
    server: httpServer,
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    async stop() {
      await apollo.stop();
      await core.stop();
    },
  };
}

function isAsyncIterable(x: unknown): x is AsyncIterable<ExecutionResult> {
  return typeof (x as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

/** The operation's first root field (a name of the schema: the document was validated). */
function rootField(op: OperationDefinitionNode): string {
  const first = op.selectionSet.selections[0];
  return first?.kind === graphqlRealm.Kind.FIELD ? first.name.value : 'other';
}
