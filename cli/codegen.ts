import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { parse, print, visit } from 'graphql';

// Typed operations from the server's emitted schema, as web/ makes them. `npm run codegen -w cli`
// rewrites src/gql/; `npm run typecheck -w cli` fails when it is stale (web/scripts/codegen-check.mjs).
// The schema without its descriptions: the CLI's types need none, and a reworded description
// (issue #21 item 1 rewrites them all) then leaves src/gql/ as it is. CODEGEN_SCHEMA: another file
// (the committed schema while the tree holds someone's uncommitted API change).
function sdlWithoutDescriptions(file: string): string {
  const doc = visit(parse(fs.readFileSync(file, 'utf8')), {
    enter(node) {
      return 'description' in node && node.description ? { ...node, description: undefined } : undefined;
    },
  });
  return print(doc);
}

const config: CodegenConfig = {
  schema: sdlWithoutDescriptions(process.env.CODEGEN_SCHEMA ?? '../schema/schema.graphql'),
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
