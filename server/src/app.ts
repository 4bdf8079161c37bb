import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { execute, subscribe, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from './api/context.js';
import { makeFormatError } from './api/format-error.js';
import { buildStevedoreSchema } from './api/schema.js';
import type { Config } from './config.js';
import { Core } from './core.js';
import type { EngineFactory } from './engine/engine.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';

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
  const wsCleanup = useServer<Record<string, unknown>, { core?: Core }>(
    {
      schema,
      execute,
      subscribe,
      context: (): Context => ({ core, log }),
      onConnect: () => {
        metrics.wsConnections.inc();
        return true;
      },
      onDisconnect: () => {
        metrics.wsConnections.dec();
      },
    },
    wss,
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
    expressMiddleware(apollo, { context: async (): Promise<Context> => ({ core, log }) }),
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
