import { Worker } from 'node:worker_threads';
import type { Core } from '../../core-types';
import { log } from '../../log';
import { markCorrupt } from './db-health';

/*
 * quick_check reads every page: seconds on a 200,000-client cache. It runs in a worker thread
 * on its own read-only connection, so neither the start nor the first F9 search waits for it.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ result: rows.map((r) => r.quick_check).join('; ') });
} catch (e) {
  parentPort.postMessage({ result: String(e && e.message), code: e && e.code });
} finally {
  if (db) db.close();
}
`;

export interface QuickCheckOutcome {
  ok: boolean;
  detail: string;
}

export function quickCheckInWorker(file: string): Promise<QuickCheckOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, driver: require.resolve('better-sqlite3') },
    });
    worker.once('message', (m: { result: string; code?: string }) => {
      const busy = m.code === 'SQLITE_BUSY' || m.code === 'SQLITE_CANTOPEN';
      if (busy) reject(new Error(m.result));
      else resolve({ ok: m.result === 'ok', detail: m.result });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Runs one quick_check after `delayMs`; damage found marks the database corrupt. Returns the cancel. */
export function scheduleIntegrityCheck(core: Core, delayMs: number): () => void {
  const timer = setTimeout(() => {
    quickCheckInWorker(core.databasePath)
      .then((outcome) => {
        core.health = { ...core.health, checkedAt: core.now().toISOString() };
        if (!outcome.ok) markCorrupt(core, `quick_check: ${outcome.detail.slice(0, 500)}`);
        else log.info('verificação do banco de dados (quick_check): ok');
      })
      .catch((e: unknown) =>
        log.warn(`verificação do banco de dados não concluída: ${(e as Error).message}`),
      );
  }, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
}
