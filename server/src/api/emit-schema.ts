import fs from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildStevedoreSchema } from './schema.js';

/** Writes schema.graphql (sorted, so the diff shows contract changes, not declaration order). */
const out = process.argv[2];
const schema = await buildStevedoreSchema();
const text = printSchema(lexicographicSortSchema(schema)) + '\n';
if (out) {
  const check = process.argv.includes('--check');
  if (check) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== text) {
      console.error(`${out} is out of date with the server: run "npm run schema:emit" and commit it`);
      process.exit(1);
    }
    console.log(`${out} matches the server schema`);
  } else {
    fs.writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
} else process.stdout.write(text);
