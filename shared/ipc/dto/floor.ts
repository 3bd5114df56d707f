/** Floor mode as the renderer sees it (Configurações → Banco central, the offline banner). */

/** What "Testar conexão" found, from a wrong password to a database ready to join. */
export type FloorProbeKind =
  | 'ok'
  | 'empty'
  | 'authFailed'
  | 'unreachable'
  | 'tlsRefused'
  | 'databaseMissing'
  | 'schemaNewer'
  | 'otherCompany';

export interface FloorProbeResult {
  kind: FloorProbeKind;
  /** pt-BR sentence for the admin. */
  message: string;
  /** Milliseconds the test took (shown next to the result). */
  elapsedMs: number;
}

/** embedded: this desktop alone; online/offline: joined and reaching the central database or not; refused: it answered but will not take this seat. */
export type FloorState = 'embedded' | 'online' | 'offline' | 'refused';

export interface FloorStatus {
  state: FloorState;
  /** pt-BR reason while offline or refused. */
  reason: string | null;
  /** ISO time of the last state change. */
  since: string;
}

export interface FloorSettingsView {
  status: FloorStatus;
  /** The connection in use or saved here (never the password). */
  connection: {
    host: string;
    port: number;
    database: string;
    user: string;
    sslMode: 'disable' | 'require' | 'verify-full';
    hasCa: boolean;
    companyId: string;
    companyName: string;
  } | null;
  passwordSaved: boolean;
  /** Set by the machine policy: the form is read-only. */
  lockedByPolicy: boolean;
  policyFile: string | null;
  /** How the saved password is protected here (secret store note). */
  protectionNote: string;
}

export interface FloorImportStepReport {
  id: string;
  label: string;
  rows: number;
}

export interface FloorImportReport {
  steps: FloorImportStepReport[];
  totalRows: number;
  startedAt: string;
  finishedAt: string;
}

/** Progress of "Importar dados deste computador" (core event floor.import.progress). */
export interface FloorImportProgress {
  stepId: string;
  label: string;
  index: number;
  count: number;
  done: boolean;
}
