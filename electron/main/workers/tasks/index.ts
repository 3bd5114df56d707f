/**
 * Every task a job worker can run, by name (the worker entry and the host share this table).
 * Loaded on demand: a sync's worker does not pay for exceljs, nor an export's for the ERP client.
 */
export const TASKS = {
  'erp-sync': () => import('./erp-sync.task').then((m) => m.erpSyncTask),
  'history-export': () => import('./history-export.task').then((m) => m.historyExportTask),
  'receivables-snapshot': () => import('./receivables-snapshot.task').then((m) => m.receivablesSnapshotTask),
  'receivables-send': () => import('./receivables-send.task').then((m) => m.receivablesSendTask),
  'erp-follow': () => import('./erp-follow.task').then((m) => m.erpFollowTask),
  'abc-curve': () => import('./abc-curve.task').then((m) => m.abcCurveTask),
};

export type TaskName = keyof typeof TASKS;
type Loaded<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
export type TaskInput<K extends TaskName> = Parameters<Loaded<K>>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<Loaded<K>>>;
