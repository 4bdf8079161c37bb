// Adds up vitest's and Playwright's JSON reports and the static checks into the one closing
// line CI reads: "N passed, N failed". Exits non-zero when anything failed or nothing ran.
import fs from 'node:fs';
import path from 'node:path';

const [dir, checksPassed, checksFailed, ...failedChecks] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
let skipped = 0;
const failures = failedChecks.map((n) => `check: ${n}`);

const read = (f) => {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) return null;
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch {
    return null;
  }
};

/** Adds one vitest report; `label` prefixes its failures (the suite on PostgreSQL: 'pg'). */
function addVitest(vitest, label) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A file that failed to load counts as a failure even though none of its tests ran.
  for (const file of vitest.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failed += 1;
      failures.push(
        `${label} file: ${path.relative(process.cwd(), file.name)}: ${(file.message ?? '').split('\n')[0]}`,
      );
    }
    for (const t of file.assertionResults ?? [])
      if (t.status === 'failed') failures.push(`${label}: ${t.ancestorTitles.join(' > ')} > ${t.title}`);
  }
}

const vitest = read('vitest.json');
if (vitest) addVitest(vitest, 'vitest');
else {
  failed += 1;
  failures.push('vitest: no report (the run crashed)');
}

// The integration suite on PostgreSQL (scripts/test.sh runs it where PostgreSQL is installed).
if (process.env.STEVEDORE_PG_SUITE === 'ran') {
  const pg = read('vitest-pg.json');
  if (pg) addVitest(pg, 'vitest on PostgreSQL');
  else {
    failed += 1;
    failures.push('vitest on PostgreSQL: no report (the run crashed)');
  }
}

const pw = read('playwright.json');
if (pw) {
  const walk = (suite) => {
    for (const s of suite.suites ?? []) walk(s);
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) {
        const status = t.status; // expected | unexpected | flaky | skipped
        if (status === 'expected' || status === 'flaky') passed += 1;
        else if (status === 'skipped') skipped += 1;
        else {
          failed += 1;
          failures.push(`e2e: ${spec.title}`);
        }
      }
  };
  for (const s of pw.suites ?? []) walk(s);
  for (const e of pw.errors ?? []) {
    failed += 1;
    failures.push(`e2e: ${(e.message ?? '').split('\n')[0]}`);
  }
} else if (fs.existsSync('e2e/package.json') && !process.env.STEVEDORE_SKIP_E2E) {
  failed += 1;
  failures.push('e2e: no report (the run crashed)');
}

if (failures.length) console.log(`failures:\n  ${failures.join('\n  ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
