/** Fields IT may preset (and so lock) in the machine policy file. */
export type PolicyField = 'erpUrl' | 'bureauUrl' | 'updateUrl' | 'updateChannel' | 'autoUpdate' | 'dataDir';

export interface PolicyValues {
  erpUrl: string;
  bureauUrl: string;
  updateUrl: string;
  updateChannel: string;
  autoUpdate: boolean;
  dataDir: string;
}

export interface PolicyProblem {
  /** The field at fault, or null when the whole file is (unreadable, not JSON, not an object). */
  field: string | null;
  message: string;
}

export interface PolicyView {
  /** The file consulted, or null where this platform has none and no variable names one. */
  file: string | null;
  found: boolean;
  /** Fields the policy sets; each is locked in Configurações. */
  locked: { field: PolicyField; label: string; value: string | boolean }[];
  problems: PolicyProblem[];
}
