import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { createRequire } from 'node:module';
import type { ExecutionResult, GraphQLError as GraphQLErrorType, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from './api/context.js';
import { makeFormatError } from './api/format-error.js';
import { operationKey, sharedSubscribe, type GraphqlExecution } from './api/realtime/shared-subscribe.js';
import { buildStevedoreSchema } from './api/schema.js';
import { createHttpAuth } from './api/auth/http.js';
import { MAX_TOKENS, limitRules, type GraphqlModule } from './api/auth/limits.js';
import type { Config } from './config.js';
import { Core } from './core.js';
import type { EngineFactory } from './engine/engine.js';
import { createLogger, type Logger } from './logger.js';
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
  const wsCleanup = useServer<Record<string, unknown>, { core?: Core }>(
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
      context: (ctx): Context => ({ core: core.app, log, ...httpAuth.wsContext(ctx.extra) }),
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
      // Subscription errors leave through the same gate as HTTP ones.
      onNext: (_ctx, _id, _payload, _args, result) => {
        const r = result as ExecutionResult;
        if (!r.errors?.length) return undefined;
        return {
          ...r,
          errors: r.errors.map((e) => formatError(e.toJSON(), e)),
        } as unknown as ExecutionResult;
      },
    },
    wss,
    // Pings every period; a socket that has not answered the previous ping is terminated, which
    // completes its subscriptions and closes their engine streams.
    config.wsKeepAliveMs > 0 ? config.wsKeepAliveMs : Infinity,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: limits,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: makeFormatError(log),
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
              metrics.graphqlRequests.inc({ type, name: rc.operationName ?? '', outcome });
              metrics.graphqlDuration.observe({ type }, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    const nodes = core.nodes.list();
    res.json({ status: 'ok', nodes: nodes.length, ready: nodes.filter((n) => n.status === 'READY').length });
  });
  app.get('/metrics', httpAuth.metricsAuth, async (_req, res) => {
    for (const s of ['READY', 'DOWN', 'UNKNOWN'])
      metrics.nodesByStatus.set({ status: s }, core.nodes.list().filter((n) => n.status === s).length);
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
        log,
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
