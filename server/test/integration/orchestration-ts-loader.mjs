/**
 * `node --import ./orchestration-ts-loader.mjs src/main.ts`: runs the server's TypeScript sources
 * in a child process, compiled on load by SWC with the same settings vitest uses (legacy decorators
 * with metadata, which type-graphql needs). Lets the crash test kill -9 a real server process
 * without a full `tsc` build (≈45 s on 2 cores) and without testing a stale dist/.
 *
 * Resolve: NodeNext sources import `./x.js`; when no such file exists next to a .ts importer,
 * `./x.ts` is used. Load: `.ts` files are transformed to ES modules with an inline source map.
 */
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

// Imported with --import on the main thread: install this same file as the hooks module.
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:');
    if (relative && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts'))
      return next(`${specifier.slice(0, -3)}.ts`, context);
    throw err;
  }
}

let swc;
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  swc ??= await import('@swc/core');
  const filename = fileURLToPath(url);
  const source = await readFile(filename, 'utf8');
  const out = await swc.transform(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      keepClassNames: true,
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  return { format: 'module', source: out.code, shortCircuit: true };
}
