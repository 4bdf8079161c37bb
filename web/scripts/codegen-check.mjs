// Fails when src/gql/ (of web/, or of the workspace given) is not what codegen makes from ../schema/schema.graphql and the operations
// in src/ (formatted as the repo formats it), or when an operation names something the schema
// lacks. `graphql-codegen --check` alone can't be used: it compares against unformatted output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadContext } from '@graphql-codegen/cli';
import prettier from 'prettier';

// The workspace to check: the argument (cli/ runs it as `codegen-check.mjs .`), else web/.
const here = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(here);
const ctx = await loadContext(path.join(here, 'codegen.ts'));
const config = ctx.getConfig();
ctx.updateConfig({ hooks: {}, silent: true, verbose: false });
const outputs = await generate(ctx, false);
void config;
const stale = [];
for (const o of outputs) {
  const file = path.resolve(here, o.filename);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const want = await prettier.format(o.content, options);
  const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (want !== have) stale.push(path.relative(here, file));
}
if (stale.length) {
  console.error(
    `codegen: stale against ../schema/schema.graphql: ${stale.join(', ')} — run "npm run codegen -w ${path.basename(here)}" and commit`,
  );
  process.exit(1);
}
console.log(`codegen: src/gql matches the schema (${outputs.length} files)`);
