import http from 'node:http';
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
};

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
  const httpServer = http.createServer(app);
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const formatError = makeFormatError(log);
  const wsCleanup = useServer<Record<string, unknown>, { core?: Core }>(
    {
      // execute: graphql-ws's own import of graphql, the instance type-graphql built the schema with
      // (under vitest, source files may get another copy of graphql: see graphqlRealm).
      schema,
      // One execution per event for all subscribers of the same operation (see sharedSubscribe).
      subscribe: sharedSubscribe(graphqlRealm, (args) => operationKey(args, (args.contextValue as Context).authToken)),
      // connection_init may carry { authToken }: kept on the context for access control.
      context: (ctx): Context => ({ core, log, authToken: tokenOf(ctx.connectionParams?.authToken) }),
      onConnect: (ctx) => {
        const token = ctx.connectionParams?.authToken;
        if (token !== undefined && token !== null && typeof token !== 'string') return false;
        metrics.wsConnections.inc();
        return true;
      },
      onDisconnect: () => {
        metrics.wsConnections.dec();
      },
      // graphql-ws has registered the new id when this runs: more than the limit means this one is over.
      onSubscribe: (ctx) => {
        const active = Object.keys(ctx.subscriptions).length;
        if (active <= config.wsMaxSubscriptions) return undefined;
        return [
          new graphqlRealm.GraphQLError(`too many subscriptions on this connection (limit ${config.wsMaxSubscriptions})`, {
            extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: config.wsMaxSubscriptions },
          }),
        ];
      },
      // Subscription errors leave through the same gate as HTTP ones.
      onNext: (_ctx, _id, _payload, _args, result) => {
        const r = result as ExecutionResult;
        if (!r.errors?.length) return undefined;
        return { ...r, errors: r.errors.map((e) => formatError(e.toJSON(), e)) } as unknown as ExecutionResult;
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
  app.get('/metrics', async (_req, res) => {
    for (const s of ['READY', 'DOWN', 'UNKNOWN'])
      metrics.nodesByStatus.set({ status: s }, core.nodes.list().filter((n) => n.status === s).length);
    res.set('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: true }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({ core, log, authToken: bearerOf(req.headers.authorization) }),
    }),
  );

  await core.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const addr = httpServer.address() as AddressInfo;
  const host = addr.address.includes(':') ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}/graphql`;
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

function tokenOf(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function bearerOf(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
