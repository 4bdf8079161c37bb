// Counts import lines between the server's top-level folders (api, app, control, domain, engine,
// store, root files) and from web into server: `node scripts/arch-imports.mjs`.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'server/src');

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(e.name)) yield p;
  }
}

const layer = (file) => {
  const rel = path.relative(src, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0] : '(root)';
};
const importRe = /^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;

const counts = new Map();
const filesPer = new Map();
for (const file of files(src)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(importRe)) {
    const target = path.resolve(path.dirname(file), m[1] ?? m[2]);
    if (!target.startsWith(src)) continue;
    const from = layer(file);
    const to = layer(target.replace(/\.js$/, '.ts'));
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!filesPer.has(key)) filesPer.set(key, new Set());
    filesPer.get(key).add(path.relative(src, file));
  }
}
const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
console.log('import lines between server/src folders (test files included, same-folder imports left out)');
for (const [k, n] of rows)
  console.log(`${k.padEnd(22)} ${String(n).padStart(4)} lines in ${filesPer.get(k).size} files`);

let web = 0;
for (const file of files(path.join(root, 'web/src'))) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]/g))
    if (/server\/|@stevedore\/server/.test(m[1])) web++;
}
console.log(`${'web -> server'.padEnd(22)} ${String(web).padStart(4)} lines`);
