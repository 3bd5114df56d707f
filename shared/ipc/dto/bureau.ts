import type { CreditSuggestion } from '../../domain/credit';
import type { PersonType } from './clients';

/** A product the bureau account may query ("identificador de produtos"). */
export interface BureauProduct {
  id: string;
  name: string;
  personType: PersonType;
}

export interface CaCertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  expired: boolean;
}

/** Configurações → Bureau de crédito. The password itself never leaves the main process. */
export interface BureauSettingsView {
  url: string;
  email: string;
  /** `unreadable`: saved on another Windows user/profile or with a lost key; must be typed again. */
  passwordState: 'none' | 'saved' | 'unreadable';
  passwordProblem: string | null;
  products: BureauProduct[];
  defaultProductF: string | null;
  defaultProductJ: string | null;
  caCertificate: CaCertificateInfo | null;
  spkiPin: string | null;
  receivablesDailySync: boolean;
  protection: {
    kind: 'safeStorage' | 'keyfile' | 'floorKey';
    note: string;
    available: boolean;
    reason: string | null;
  };
  /** NODE_TLS_REJECT_UNAUTHORIZED=0 is set for this process: reported as a risk, never obeyed. */
  insecureTlsEnvironment: boolean;
}

export type BureauQueryStatus = 'pending' | 'succeeded' | 'failed' | 'unknown';

/** One query of a client: from this desktop's ledger (`local`) or from the ERP's shared list (`erp`). */
export interface BureauQueryRow {
  /** Local ledger id; null for a query known only from the ERP (another desktop). */
  id: number | null;
  source: 'local' | 'erp';
  requestedAt: string;
  userName: string;
  productId: string;
  productName: string;
  status: BureauQueryStatus;
  score: number | null;
  classification: string | null;
  suggestedLimitCents: number | null;
  approved: boolean | null;
  opinion: string | null;
  hasResult: boolean;
  /** A stored result returned again by the bureau (reutilizarDadosExistentes), not a new query. */
  reused: boolean;
  errorMessage: string | null;
}

export interface RecentBureauQuery {
  /** null: no query of this client in the last 90 days that anyone could find. */
  row: BureauQueryRow | null;
  /** Set when the ERP's shared list could not be read and only this desktop's queries were checked. */
  erpNote: string | null;
}

export interface BureauQueryList {
  rows: BureauQueryRow[];
  erpNote: string | null;
}

/** State of one block of the answer; a failed block is never shown as clean. */
export type BlockState = 'found' | 'clean' | 'noInfo' | 'failed' | 'notIncluded';

export interface BlockStatus {
  state: BlockState;
  /** The bureau's own text: "Nada consta.", "Sem informação." or the failure message. */
  message: string | null;
}

export interface DecisionOpinion extends BlockStatus {
  approved: boolean | null;
  reason: string | null;
}

export interface DecisionClassification extends BlockStatus {
  classification: string | null;
  suggestedLimitCents: number | null;
  validUntil: string | null;
  policy: string | null;
}

export interface DecisionScore extends BlockStatus {
  score: number | null;
  risk: string | null;
  paymentProbability: number | null;
  description: string | null;
}

export type RestrictionKey = 'pendencias' | 'protestos' | 'cheques' | 'acoesJudiciais' | 'falencias';

export interface RestrictionOccurrence {
  description: string;
  date: string | null;
  amountCents: number | null;
}

export interface RestrictionBlock extends BlockStatus {
  key: RestrictionKey;
  label: string;
  count: number | null;
  totalCents: number | null;
  occurrences: RestrictionOccurrence[];
}

/** What an agent needs to decide, read from the stored raw answer (deps-api.md §4.5). */
export interface BureauDecisionView {
  consultedAt: string | null;
  productName: string | null;
  subjectName: string | null;
  /** CPF/CNPJ of the subject the bureau answered about, unmasked; null when the answer has none. */
  subjectDocument: string | null;
  partial: boolean;
  blocksWithErrors: string[];
  opinion: DecisionOpinion;
  classification: DecisionClassification;
  score: DecisionScore;
  restrictions: RestrictionBlock[];
  shareLink: string | null;
}

/**
 * Whether the answer is about the client that was queried (docs/bureau-subject-check.md). A
 * mismatch is shown in red and never pre-fills the limit dialog.
 */
export interface BureauSubjectCheck {
  matches: boolean;
  /** What differs: the document, or (same or missing document) the name below the threshold. */
  mismatch: 'document' | 'name' | null;
  /** Similarity of the answered name to the client's (0..1); null when the answer has no name. */
  nameSimilarity: number | null;
  message: string | null;
}

export interface BureauQueryDetail {
  row: BureauQueryRow;
  subjectCheck: BureauSubjectCheck;
  /** null when the stored answer could not be read at all (shown as such, never as clean). */
  decision: BureauDecisionView | null;
  suggestion: CreditSuggestion;
}

export type BureauRunOutcome =
  | { status: 'succeeded'; detail: BureauQueryDetail; receivablesNote: string | null }
  | { status: 'unknown'; row: BureauQueryRow; message: string };

export type BureauCheckOutcome =
  | { status: 'succeeded'; detail: BureauQueryDetail }
  | { status: 'failed' | 'unknown'; row: BureauQueryRow; message: string };

/** What the Deps button needs to ask for the product. */
export interface BureauProductChoice {
  products: BureauProduct[];
  defaultProductId: string | null;
  configured: boolean;
  problem: string | null;
}
