/** What the summary header tells before the agent dials or writes (seed 000, issue 20). */
import type { AbcClass } from './clients';

export interface ClientAbcView {
  /** The class in force: the ERP's when it sends one, else the console's. */
  abcClass: AbcClass;
  source: 'erp' | 'console' | 'register';
  computedClass: AbcClass | null;
  /** Last 12 months against the 12 before, whole percent; null when there is nothing to compare. */
  trendPct: number | null;
  computedAt: string | null;
}

export interface RestrictionSource {
  source: 'bureau' | 'erp';
  restricted: boolean;
  /** When that source said so: the Deps query's answer, or the ERP register's version. */
  at: string | null;
  detail: string;
}

export interface ClientConsentView {
  callsAllowed: boolean;
  messagesAllowed: boolean;
  changedBy: string | null;
  changedAt: string | null;
}

export interface ClientHeaderSummary {
  group: string | null;
  abc: ClientAbcView;
  restricted: boolean;
  restrictionSources: RestrictionSource[];
  consent: ClientConsentView;
}
