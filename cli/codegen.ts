import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's emitted schema, as web/ makes them. `npm run codegen -w cli`
// rewrites src/gql/; `npm run typecheck -w cli` fails when it is stale (web/scripts/codegen-check.mjs).
const config: CodegenConfig = {
  // CODEGEN_SCHEMA: another file (the committed schema while the tree holds someone's API change).
  schema: process.env.CODEGEN_SCHEMA ?? '../schema/schema.graphql',
  documents: ['src/operations.ts'],
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // emitLegacyCommonJSImports false: .js in the generated imports, as NodeNext resolution wants.
      config: {
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          DateTimeISO: 'string',
          SafeInt: 'number',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
