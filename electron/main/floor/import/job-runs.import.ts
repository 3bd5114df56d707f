/**
 * Import of this desktop's run history (Log das execuções) into the floor: every run with its
 * request totals and log file, named after this desktop ("Executado por …"). Runs the desktop
 * already wrote since it joined are left as they are (same seat and local id).
 */
import type { JobRunRecord } from '../../db/repos/job-runs.repo';
import { centralRunOf } from '../../services/integration/floor-run-log';
import type { FloorImportStep } from './import-step';

const BATCH = 200;

export const jobRunsImportStep: FloorImportStep = {
  id: 'job-runs',
  label: 'Histórico de execuções da integração',
  async run(local, central) {
    const all = local.prepare('SELECT * FROM job_runs ORDER BY id').all() as JobRunRecord[];
    let rows = 0;
    for (let i = 0; i < all.length; i += BATCH) {
      const done = await central
        .insertInto('floor_job_runs')
        .values(all.slice(i, i + BATCH).map((r) => centralRunOf({ db: local }, r)))
        .onConflict((oc) => oc.columns(['seat', 'local_id']).doNothing())
        .executeTakeFirst();
      rows += Number(done.numInsertedOrUpdatedRows ?? 0);
    }
    return { rows };
  },
};
