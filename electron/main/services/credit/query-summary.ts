import type { BureauDecisionView, BureauQueryRow } from '../../../../shared/ipc/dto/bureau';
import { formatBRL } from '../../../../shared/domain/money';
import type { BureauQueryRecord, QueryResultFields } from '../../db/repos/bureau-queries.repo';

/** The columns of the ledger that the Consultas list shows without parsing the raw answer. */
export function summaryFields(
  decision: BureauDecisionView | null,
): Omit<QueryResultFields, 'finishedAt' | 'rawResult' | 'bureauQueryId'> {
  return {
    score: decision?.score.score ?? null,
    risk: decision?.score.risk ?? null,
    classification: decision?.classification.classification ?? null,
    suggestedLimitCents: decision?.classification.suggestedLimitCents ?? null,
    approved: decision?.opinion.approved ?? null,
    opinion: decision?.opinion.reason ?? null,
    partial: decision ? decision.partial : true,
  };
}

interface ErpSummary {
  v: 1;
  status: BureauQueryRecord['status'];
  productName: string;
  score: number | null;
  classification: string | null;
  suggestedLimitCents: number | null;
  approved: boolean | null;
  opinion: string | null;
  /** Readable by a person looking at the ERP directly. */
  texto: string;
}

function readable(r: BureauQueryRecord): string {
  if (r.status === 'unknown')
    return `Consulta ${r.product_name} sem resposta do bureau (situação desconhecida).`;
  const parts = [`Consulta ${r.product_name}`];
  if (r.score !== null) parts.push(`score ${r.score}${r.risk ? ` (${r.risk})` : ''}`);
  if (r.classification) parts.push(`classificação ${r.classification}`);
  if (r.suggested_limit_cents !== null) parts.push(`limite sugerido ${formatBRL(r.suggested_limit_cents)}`);
  if (r.approved !== null) parts.push(r.approved === 1 ? 'aprovado' : 'reprovado');
  return `${parts.join(', ')}.`;
}

/** What the ERP's shared query list keeps about a query (no raw answer: other desktops reuse it at the bureau). */
export function encodeErpSummary(r: BureauQueryRecord): string {
  const summary: ErpSummary = {
    v: 1,
    status: r.status,
    productName: r.product_name,
    score: r.score,
    classification: r.classification,
    suggestedLimitCents: r.suggested_limit_cents,
    approved: r.approved === null ? null : r.approved === 1,
    opinion: r.opinion,
    texto: readable(r),
  };
  return JSON.stringify(summary);
}

/** Reads a summary written by this console; text from elsewhere is shown as the opinion. */
export function decodeErpSummary(
  text: string,
): Pick<
  BureauQueryRow,
  'status' | 'score' | 'classification' | 'suggestedLimitCents' | 'approved' | 'opinion'
> & { productName: string | null } {
  try {
    const s = JSON.parse(text) as Partial<ErpSummary>;
    if (s.v === 1) {
      return {
        status: s.status === 'unknown' ? 'unknown' : 'succeeded',
        productName: s.productName ?? null,
        score: s.score ?? null,
        classification: s.classification ?? null,
        suggestedLimitCents: s.suggestedLimitCents ?? null,
        approved: s.approved ?? null,
        opinion: s.opinion ?? null,
      };
    }
  } catch {
    // Not one of ours: fall through and show the text as is.
  }
  return {
    status: 'succeeded',
    productName: null,
    score: null,
    classification: null,
    suggestedLimitCents: null,
    approved: null,
    opinion: text.slice(0, 300),
  };
}
