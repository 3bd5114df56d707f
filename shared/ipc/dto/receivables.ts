import type { JobRunStatus } from './erp';

export interface SyncHostView {
  installId: string;
  machineName: string;
  claimedAt: string;
  claimedBy: string;
}

export interface ReceivablesRunView {
  id: number;
  businessDate: string;
  trigger: 'schedule' | 'catch_up' | 'manual';
  status: JobRunStatus;
  /** A run on a desktop that is not the sync host: recorded, nothing sent. */
  skipped: boolean;
  startedAt: string;
  finishedAt: string | null;
  outcome: string | null;
  /** Control totals: rows and centavos sent in this run, and what the bureau acknowledged. */
  sentRows: number;
  sentCents: number;
  confirmedRows: number;
  confirmedCents: number;
  rejectedRows: number;
  batches: number;
  errors: number;
}

export interface ReceivablesProgressView {
  totalRows: number;
  sentRows: number;
}

export interface ReceivablesStatusView {
  dailySync: boolean;
  uploadAllowed: boolean;
  /** pt-BR, why nothing is sent (feature flag, settings); null when sending is allowed. */
  uploadBlockedReason: string | null;
  thisMachine: { installId: string; machineName: string };
  syncHost: SyncHostView | null;
  isSyncHost: boolean;
  /** This desktop may send (nobody preferred elsewhere, or floor mode: whichever seat holds the lease). */
  sendsHere: boolean;
  /** Floor mode: the seats share one central database and the send runs on one of them at a time. */
  floorMode: boolean;
  syncHostSource: 'erp' | 'cache' | 'none';
  syncHostProblem: string | null;
  runningRunId: number | null;
  progress: ReceivablesProgressView | null;
  nextRunAt: string | null;
  maxHoursWithoutSuccess: number;
  lastSuccessAt: string | null;
  /** pt-BR alert when no run succeeded for longer than the limit; null otherwise. */
  alert: string | null;
  runs: ReceivablesRunView[];
}

/** What every agent's status bar shows. */
export interface ReceivablesAlertView {
  alert: string | null;
}
