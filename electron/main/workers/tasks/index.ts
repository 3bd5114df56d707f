/** Every task a job worker can run, by name (the worker entry and the host share this table). */
import { erpSyncTask } from './erp-sync.task';
import { historyExportTask } from './history-export.task';

export const TASKS = {
  'erp-sync': erpSyncTask,
  'history-export': historyExportTask,
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;
