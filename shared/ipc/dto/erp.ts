export interface ErpSettingsView {
  baseUrl: string;
  hasToken: boolean;
  syncTime: string;
  /** How the token is protected on this machine (pt-BR). */
  tokenProtection: string;
}

export interface ErpAboutView {
  erpName: string;
  erpVersion: string;
  apiVersion: string;
}

export type JobRunStatus = 'running' | 'success' | 'failed' | 'interrupted';

export interface JobRunView {
  id: number;
  businessDate: string;
  trigger: 'schedule' | 'catch_up' | 'manual';
  status: JobRunStatus;
  startedAt: string;
  finishedAt: string | null;
  outcome: string | null;
}

export interface SyncRequestView {
  id: number;
  table: string;
  at: string;
  rows: number;
  status: 'ok' | 'error';
  httpStatus: number | null;
  durationMs: number;
  errorCode: string | null;
  error: string | null;
}

export interface SyncTableView {
  table: string;
  label: string;
  rowsTotal: number;
  lastCompletedAt: string | null;
  inProgress: boolean;
}

export interface ErpSyncStatus {
  configured: boolean;
  runningRunId: number | null;
  nextRunAt: string | null;
  averageDurationMs: number | null;
  runs: JobRunView[];
  tables: SyncTableView[];
  /** Requests of the latest run, newest first. */
  lastRunRequests: SyncRequestView[];
}

/** The ERP circuit breaker as the status bar and Dados ERP show it. */
export interface ErpAvailability {
  /** available: calls go through; unavailable: they fail fast; probing: one trial call is out. */
  state: 'available' | 'unavailable' | 'probing';
  retryAt: string | null;
  message: string | null;
}
