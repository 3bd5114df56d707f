import type { HistoryTableKey } from './integration-tables';

/** ERP name and version as the ERP's `/v1/sobre` reported them, and when it was asked. */
export interface ErpIdentityView {
  erpName: string;
  erpVersion: string;
  apiVersion: string;
  checkedAt: string;
}

export type DeploymentState = 'not_configured' | 'initial_load' | 'done';

export interface IntegrationOverview {
  integrationType: 'API';
  erp: ErpIdentityView | null;
  deployment: {
    state: DeploymentState;
    /** ERP tables whose first complete read has finished, out of `tablesTotal`. */
    tablesLoaded: number;
    tablesTotal: number;
  };
  active: boolean;
  scheduled: boolean;
  /** Next run of the ERP sync (ISO), from the scheduler; null when not scheduled. */
  nextRunAt: string | null;
  /** Next send of receivables to the bureau (ISO); null while that job is off. */
  nextReceivablesRunAt: string | null;
  database: { mainBytes: number; walBytes: number; totalBytes: number };
  /** Mean duration of the last successful ERP syncs. */
  averageDurationMs: number | null;
  /** 'HH:mm', São Paulo. */
  syncTime: string;
  receivablesTime: string;
  maxHoursWithoutSuccess: number;
  lastSuccessAt: string | null;
  /** pt-BR, set when the ERP sync has gone longer than the limit without a success. */
  alert: string | null;
  runningRunIds: number[];
}

export type IntegrationJob = 'erp' | 'bureau' | 'email' | 'erpOutbox';
export type IntegrationRunStatus = 'success' | 'error' | 'running' | 'partial';

export interface IntegrationRunView {
  id: number;
  job: IntegrationJob;
  businessDate: string;
  trigger: 'schedule' | 'catch_up' | 'manual';
  status: IntegrationRunStatus;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  outcome: string | null;
  requests: number;
  failedRequests: number;
  rows: number;
  /** Floor mode: the seat that ran it ("Executado por …"); absent on a desktop alone. */
  ranBy?: { machineName: string; thisSeat: boolean } | null;
}

export interface IntegrationRunPage {
  runs: IntegrationRunView[];
  hasMore: boolean;
}

export interface RunLogFile {
  fileName: string;
  text: string;
}

export interface HistoryExportRequest {
  from: string;
  to: string;
  tables: HistoryTableKey[];
}

export type HistoryExportStart =
  | {
      started: true;
      exportId: string;
      fileName: string;
      delivery: 'saved' | 'download';
      savedTo: string | null;
    }
  | { started: false };

export type HistoryExportState = 'running' | 'done' | 'failed' | 'cancelled';

export interface HistoryExportProgress {
  exportId: string;
  state: HistoryExportState;
  written: number;
  total: number;
  /** pt-BR, for 'failed'. */
  message: string | null;
}

export interface HistoryExportChunk {
  base64: string;
  /** null after the last chunk (the temporary file is then removed). */
  nextOffset: number | null;
  size: number;
}
