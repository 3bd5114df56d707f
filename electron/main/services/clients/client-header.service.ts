/**
 * The summary header's flags (seed 000): class ABC with its trend, "Sem/Com restrição" from the
 * last Deps answer and the ERP's credit status (each with its date), and the ERP-owned consent.
 */
import type {
  ClientConsentView,
  ClientHeaderSummary,
  RestrictionSource,
} from '../../../../shared/ipc/dto/client-header';
import type { AbcClass } from '../../../../shared/ipc/dto/clients';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import type { Db } from '../../db/connection';
import { mapDecision } from '../../gateways/bureau/mappers/decision.mapper';

interface HeaderRow {
  client_group: string | null;
  abc_class: AbcClass;
  erp_abc_class: AbcClass | null;
  credit_status: string;
  updated_at: string;
  calls_allowed: 0 | 1;
  messages_allowed: 0 | 1;
  consent_changed_by: string | null;
  consent_changed_at: string | null;
  computed_class: AbcClass | null;
  trend_pct: number | null;
  computed_at: string | null;
}

const ERP_RESTRICTED = new Set(['INADIMPLENTE', 'BLOQUEADO']);
const CREDIT_LABEL: Record<string, string> = {
  ADIMPLENTE: 'adimplente',
  INADIMPLENTE: 'inadimplente',
  BLOQUEADO: 'bloqueado',
  EM_ANALISE: 'em análise',
};

function headerRow(db: Db, clientId: number): HeaderRow {
  const row = db
    .prepare(
      `SELECT c.client_group, c.abc_class, c.erp_abc_class, c.credit_status, c.updated_at, c.calls_allowed,
         c.messages_allowed, c.consent_changed_by, c.consent_changed_at, a.computed_class, a.trend_pct, a.computed_at
       FROM clients c LEFT JOIN client_abc a ON a.client_id = c.id WHERE c.id = ?`,
    )
    .get(clientId) as HeaderRow | undefined;
  if (!row) throw new AppFailure('clients.notFound');
  return row;
}

export function clientConsent(db: Db, clientId: number): ClientConsentView {
  const r = headerRow(db, clientId);
  return {
    callsAllowed: r.calls_allowed === 1,
    messagesAllowed: r.messages_allowed === 1,
    changedBy: r.consent_changed_by,
    changedAt: r.consent_changed_at,
  };
}

function bureauRestriction(db: Db, clientId: number): RestrictionSource | null {
  const last = db
    .prepare(
      `SELECT raw_result, finished_at FROM bureau_queries WHERE client_id = ? AND status = 'succeeded'
         AND raw_result IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1`,
    )
    .get(clientId) as { raw_result: string; finished_at: string | null } | undefined;
  if (!last) return null;
  let decision;
  try {
    decision = mapDecision(JSON.parse(last.raw_result));
  } catch {
    return null;
  }
  if (!decision) return null;
  const found = decision.restrictions.filter((b) => (b.count ?? b.occurrences.length) > 0);
  return {
    source: 'bureau',
    restricted: found.length > 0,
    at: last.finished_at,
    detail: found.length > 0 ? `Deps: ${found.map((b) => b.label).join(', ')}` : 'Deps: nenhuma restrição',
  };
}

export function clientHeaderSummary(core: Core, clientId: number): ClientHeaderSummary {
  const r = headerRow(core.db, clientId);
  const erp: RestrictionSource = {
    source: 'erp',
    restricted: ERP_RESTRICTED.has(r.credit_status),
    at: r.updated_at,
    detail: `ERP: situação financeira ${CREDIT_LABEL[r.credit_status] ?? r.credit_status}`,
  };
  const bureau = bureauRestriction(core.db, clientId);
  const sources = bureau ? [bureau, erp] : [erp];
  return {
    group: r.client_group,
    abc: {
      abcClass: r.abc_class,
      source: r.erp_abc_class ? 'erp' : r.computed_class ? 'console' : 'register',
      computedClass: r.computed_class,
      trendPct: r.trend_pct,
      computedAt: r.computed_at,
    },
    restricted: sources.some((s) => s.restricted),
    restrictionSources: sources,
    consent: {
      callsAllowed: r.calls_allowed === 1,
      messagesAllowed: r.messages_allowed === 1,
      changedBy: r.consent_changed_by,
      changedAt: r.consent_changed_at,
    },
  };
}
