/**
 * The layers of the server, checked by dependency-cruiser in `npm test` (scripts/test.sh):
 *
 *   api/      GraphQL only: types, inputs, resolvers, context, error formatting, limits
 *   app/      the use cases, one module per concept, and the ports the loops implement
 *   control/  the loops: reconciler and task runner, heartbeat, engine events, stats, ingress
 *   domain/   pure logic, no I/O
 *   engine/   the EngineDriver and its Docker implementation
 *   store/    SQLite repositories
 *
 * api → app → (domain, store, engine); control → (app, domain, store, engine). core.ts, the
 * composition root, and app.ts (the HTTP server) may use every layer. No exceptions file: a
 * violation fails the run.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const SERVER = '^server/src/';
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports nothing else of the server (it is the pure core)',
      severity: 'error',
      from: { path: `${SERVER}domain/` },
      to: { path: SERVER, pathNot: `${SERVER}domain/` },
    },
    {
      name: 'domain-does-no-io',
      comment: 'domain/ reaches no disk, network, process or database module (tests may use vitest)',
      severity: 'error',
      from: { path: `${SERVER}domain/` },
      to: {
        dependencyTypesNot: ['local'],
        pathNot: [
          '^(node:)?(crypto|net|util|assert)$',
          '^node_modules/vitest/',
          '^node_modules/@vitest/',
          '^packages/spec-rules/',
        ],
      },
    },
    {
      name: 'api-not-engine-control-or-store',
      comment:
        'api/ reaches the engines, the loops and the database only through app/ (resolvers call use cases)',
      severity: 'error',
      from: { path: `${SERVER}api/` },
      to: { path: `${SERVER}(engine|control|store)/` },
    },
    {
      name: 'control-not-api',
      comment: 'control/ (the loops) never imports the GraphQL layer',
      severity: 'error',
      from: { path: `${SERVER}control/` },
      to: { path: `${SERVER}api/` },
    },
    {
      name: 'app-not-api',
      comment: 'app/ (the use cases) never depends on GraphQL; its errors are mapped in api/format-error.ts',
      severity: 'error',
      from: { path: `${SERVER}app/` },
      to: { path: [`${SERVER}api/`, '^node_modules/(graphql|type-graphql|@apollo|graphql-ws)/'] },
    },
    {
      name: 'app-not-control',
      comment: 'app/ signals the loops through the ports in app/ports.ts, never by importing control/',
      severity: 'error',
      from: { path: `${SERVER}app/` },
      to: { path: `${SERVER}control/` },
    },
    {
      name: 'store-and-engine-below-app',
      comment: 'store/ and engine/ depend on nothing above them (domain types only)',
      severity: 'error',
      from: { path: `${SERVER}(store|engine)/` },
      to: { path: `${SERVER}(api|app|control)/` },
    },
    {
      name: 'composition-root-is-imported-by-the-edges-only',
      comment: 'core.ts is wired by app.ts and typed in api/context.ts; no layer below reaches it',
      severity: 'error',
      from: { path: `${SERVER}(app|control|domain|engine|store)/` },
      to: { path: `${SERVER}(core|app|main)\\.ts$` },
    },
    {
      name: 'no-circular',
      comment: 'no module reaches itself through its imports (the loops and use cases meet in app/ports.ts)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'spec-rules-are-pure',
      comment:
        'packages/spec-rules (the rules the server and the dashboard share) imports neither of them, nor any I/O',
      severity: 'error',
      from: { path: '^packages/spec-rules/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'spec-rules-do-no-io',
      comment: 'packages/spec-rules runs in the browser too: its sources import no node or npm module',
      severity: 'error',
      from: { path: '^packages/spec-rules/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypesNot: ['local'] },
    },
    {
      name: 'web-not-server',
      comment: 'the dashboard talks to the server over GraphQL only, never by importing its code',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // packages/spec-rules is reached through its build (dist), so only the apps' builds are left out.
    exclude: { path: ['^(server|web|bench|e2e)/dist/', '(^|/)\\.next/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
