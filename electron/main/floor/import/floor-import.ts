/**
 * The one-time import of an embedded desktop's shared data into an EMPTY central database:
 * every step in one central transaction (all or nothing), under an advisory lock so two seats
 * clicking at once import once, refused when the database already has data or was imported.
 */
import os from 'node:os';
import type Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { FloorImportProgress, FloorImportReport } from '../../../../shared/ipc/dto/floor';
import { AppFailure } from '../../../../shared/ipc/result';
import { firstNonEmptyTable } from '../floor-emptiness';
import type { SharedSchema } from '../shared-schema';
import type { FloorImportStep } from './import-step';

/** Any constant: the key of the advisory lock an importing seat holds. */
const IMPORT_LOCK = 4_207_311_010;

export interface FloorImportOptions {
  now?: () => Date;
  seat?: string;
  onProgress?: (p: FloorImportProgress) => void;
}

export async function importIntoFloor(
  local: Database.Database,
  central: Kysely<SharedSchema>,
  steps: readonly FloorImportStep[],
  opts: FloorImportOptions = {},
): Promise<FloorImportReport> {
  const now = opts.now ?? (() => new Date());
  const startedAt = now().toISOString();
  return central.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    const run = async (text: string) => (await sql.raw(text).execute(trx)).rows;
    const previous = await run('SELECT imported_at FROM floor_imports LIMIT 1');
    if (previous.length > 0) throw new AppFailure('floor.importNotEmpty', { table: 'floor_imports' });
    const busy = await firstNonEmptyTable(run);
    if (busy) throw new AppFailure('floor.importNotEmpty', { table: busy });
    const report: FloorImportReport = { steps: [], totalRows: 0, startedAt, finishedAt: startedAt };
    for (const [index, step] of steps.entries()) {
      opts.onProgress?.({ stepId: step.id, label: step.label, index, count: steps.length, done: false });
      const { rows } = await step.run(local, trx);
      report.steps.push({ id: step.id, label: step.label, rows });
      report.totalRows += rows;
      opts.onProgress?.({ stepId: step.id, label: step.label, index, count: steps.length, done: true });
    }
    report.finishedAt = now().toISOString();
    await sql`INSERT INTO floor_imports (imported_at, seat, report)
              VALUES (${report.finishedAt}, ${opts.seat ?? os.hostname()}, ${JSON.stringify(report)})`.execute(
      trx,
    );
    return report;
  });
}
