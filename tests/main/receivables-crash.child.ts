/**
 * The sender as a separate process, for the crash tests and bench/receivables.bench.ts:
 * `node --import tsx` this file with CENTRAL_DATA_DIR, BUREAU_URL and BUREAU_CA_FILE. It runs
 * the receivables export once and prints `progress <sent> <total>` after every acknowledged
 * batch (unless RECEIVABLES_PROGRESS=0), then `done <ms> <rss before, MB> <peak rss, MB>`.
 */
import fs from 'node:fs';
import { createDemoCore } from '../../tools/demo/demo-core';
import { insertJobRun } from '../../electron/main/db/repos/job-runs.repo';
import { sendingProgress } from '../../electron/main/db/repos/receivables-outbox-runs.repo';
import { runReceivablesExport } from '../../electron/main/services/receivables/receivables-export.service';
import { pointAtSimulator } from './receivables-fixture';

const BUSINESS_DATE = '2026-11-20';

async function main(): Promise<void> {
  const dataDir = process.env.CENTRAL_DATA_DIR as string;
  const core = await createDemoCore({ dataDir, demo: false, transport: 'web' });
  await pointAtSimulator(core, {
    url: process.env.BUREAU_URL as string,
    caPem: fs.readFileSync(process.env.BUREAU_CA_FILE as string, 'utf8'),
  });
  const progress = process.env.RECEIVABLES_PROGRESS !== '0';
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const runId = insertJobRun(core.db, {
    job: 'receivables',
    businessDate: BUSINESS_DATE,
    trigger: 'manual',
    startedAt: new Date().toISOString(),
  });
  await runReceivablesExport(core, {
    runId,
    businessDate: BUSINESS_DATE,
    onProgress: () => {
      if (!progress) return;
      const p = sendingProgress(core.db);
      process.stdout.write(`progress ${p.sentRows} ${p.totalRows}\n`);
    },
  });
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  core.close();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  process.stdout.write(`done ${ms.toFixed(0)} ${mb(rssBefore)} ${mb(peak)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
