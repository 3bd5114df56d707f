#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Prints one closing line
// "Tests: N passed, N failed, N skipped" summed over the unit/main and browser suites.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'central-test-'));
const run = (label, cmd, args, env = {}) => {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};

const steps = [
  ['Formatação (prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['Tipos (tsc node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['Tipos (tsc web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['Tipos (tsc testes do renderer)', 'npx', ['tsc', '-p', 'tsconfig.renderer-tests.json', '--noEmit']],
];
let failedSteps = [];
for (const [label, cmd, args] of steps) if (!run(label, cmd, args)) failedSteps.push(label);

const vitestJson = path.join(tmp, 'vitest.json');
if (
  !run('Testes unitários e do processo principal (vitest)', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestJson}`,
  ])
)
  failedSteps.push('vitest');
const pwJson = path.join(tmp, 'playwright.json');
if (
  !run('Testes ponta a ponta (playwright)', 'npx', ['playwright', 'test', '--reporter=line,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  })
)
  failedSteps.push('playwright');

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} catch {
  failed += 1;
}
try {
  const p = JSON.parse(fs.readFileSync(pwJson, 'utf8'));
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  if (p.stats.flaky) console.log(`\ninstáveis (passaram só na segunda tentativa): ${p.stats.flaky}`);
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  // Say why each skipped browser test was skipped (e.g. no Electron runtime on this machine).
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'skipped') {
          const why = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'sem motivo informado';
          console.log(`skipped: ${spec.title} — ${why}`);
        }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of p.suites ?? []) walk(suite);
} catch {
  failed += 1;
}
if (failedSteps.length) console.log(`\nEtapas com falha: ${failedSteps.join(', ')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
