/**
 * Informações Financeiras and Faturas abertas of the client screen. The cached values answer
 * at once; the live ERP answer replaces them when it comes; when the ERP cannot answer, the
 * cached values stay, marked stale with the reason.
 */
import type { BoletoFile, FinancialSnapshot, OpenBoletos } from '../../../../shared/ipc/dto/finance';
import { AppFailure, isAppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getClientRecord, type ClientRecord } from '../../db/repos/clients.repo';
import { insertAudit, type FieldChanges } from '../../db/repos/audit.repo';
import { creditChangedSince, latestPendingCreditFor } from '../../db/repos/credit-outbox.repo';
import { applyErpCredit } from '../../db/repos/credit.repo';
import { getClientFinancials, saveClientFinancials } from '../../db/repos/finance.repo';
import { lastIssueDate, lastReceivableSync, openBoletoReceivables } from '../../db/repos/receivables.repo';
import type { ErpFinancialSummary } from '../../gateways/erp/erp-gateway';
import { emitClientChanged } from '../clients/client-events';
import { requireErpGateway } from '../erp/erp-config';

function clientOrFail(core: Core, clientId: number): ClientRecord {
  const client = getClientRecord(core.db, clientId);
  if (!client) throw new AppFailure('clients.notFound');
  return client;
}

const failureOf = (e: unknown): { code: FinancialSnapshot['staleCode']; message: string } => {
  if (isAppFailure(e)) return { code: e.code, message: e.message };
  return { code: 'INTERNAL', message: 'Erro inesperado ao consultar o ERP.' };
};

/**
 * The one credit picture of a client, read by the header, Informações Financeiras and the Deps
 * dialogs alike. Limit, balance and situation come from the local register, which holds the
 * newest ERP knowledge (the sync or the last live answer, whichever came last); a change made
 * here and not yet confirmed by the ERP overrides them and is marked pending.
 */
export function cachedFinancials(core: Core, clientId: number): FinancialSnapshot {
  const client = clientOrFail(core, clientId);
  const cached = getClientFinancials(core.db, clientId);
  const pending = latestPendingCreditFor(core.db, clientId);
  return {
    clientId,
    values: {
      availableBalanceCents: client.available_balance_cents,
      creditLimitCents: pending?.credit_limit_cents ?? client.credit_limit_cents,
      lastOrderDate: cached ? cached.last_order_date : client.last_purchase_date,
      lastInvoiceDate: cached ? cached.last_invoice_date : lastIssueDate(core.db, client.erp_code),
      creditStatus: pending?.credit_status ?? client.credit_status,
    },
    pendingErp: pending
      ? {
          creditLimitCents: pending.credit_limit_cents,
          creditStatus: pending.credit_status,
          since: pending.created_at,
          lastError: pending.last_error,
        }
      : null,
    updatedAt: cached?.fetched_at ?? null,
    stale: false,
    staleCode: null,
    staleReason: null,
  };
}

/**
 * Stores a live answer and puts its credit values on the register, unless a change made here
 * waits for the ERP or was confirmed after the question left (the answer is then older than
 * what the console knows). A changed limit or situation goes to Histórico as the ERP's.
 */
function storeLiveAnswer(core: Core, client: ClientRecord, summary: ErpFinancialSummary, askedAt: string) {
  const fetchedAt = core.now().toISOString();
  return core.db.transaction(() => {
    saveClientFinancials(core.db, {
      client_id: client.id,
      available_balance_cents: summary.availableBalanceCents,
      credit_limit_cents: summary.creditLimitCents,
      last_order_date: summary.lastOrderDate,
      last_invoice_date: summary.lastInvoiceDate,
      credit_status: summary.creditStatus,
      erp_as_of: summary.asOf,
      fetched_at: fetchedAt,
    });
    if (creditChangedSince(core.db, client.id, askedAt)) return false;
    const changed = applyErpCredit(core.db, {
      clientId: client.id,
      limitCents: summary.creditLimitCents,
      availableCents: summary.availableBalanceCents,
      status: summary.creditStatus,
    });
    const changes: FieldChanges = {};
    if (client.credit_limit_cents !== summary.creditLimitCents)
      changes.creditLimitCents = { before: client.credit_limit_cents, after: summary.creditLimitCents };
    if (client.credit_status !== summary.creditStatus)
      changes.creditStatus = { before: client.credit_status, after: summary.creditStatus };
    if (Object.keys(changes).length > 0) {
      insertAudit(core.db, {
        at: fetchedAt,
        userId: null,
        userName: 'ERP',
        entity: 'client',
        entityId: client.id,
        action: 'Atualizado pelo ERP',
        changes,
      });
    }
    return changed;
  })();
}

export async function refreshFinancials(core: Core, clientId: number): Promise<FinancialSnapshot> {
  const client = clientOrFail(core, clientId);
  const askedAt = core.now().toISOString();
  try {
    const summary = await (await requireErpGateway(core)).financialSummary(client.erp_code);
    // Re-read: the register may have changed while the ERP was answering.
    if (storeLiveAnswer(core, clientOrFail(core, clientId), summary, askedAt)) {
      emitClientChanged(core, clientId, ['credit']);
    }
    return cachedFinancials(core, clientId);
  } catch (e) {
    const failure = failureOf(e);
    return {
      ...cachedFinancials(core, clientId),
      stale: true,
      staleCode: failure.code,
      staleReason: failure.message,
    };
  }
}

export async function openBoletos(core: Core, clientId: number): Promise<OpenBoletos> {
  const client = clientOrFail(core, clientId);
  try {
    const boletos = await (await requireErpGateway(core)).openBoletos(client.erp_code);
    return {
      clientId,
      boletos: boletos.map((b) => ({
        id: b.id,
        dueDate: b.dueDate,
        amountCents: b.amountCents,
        environment: b.environment,
        digitableLine: b.digitableLine,
      })),
      source: 'erp',
      updatedAt: core.now().toISOString(),
      staleCode: null,
      staleReason: null,
    };
  } catch (e) {
    const failure = failureOf(e);
    return {
      clientId,
      boletos: openBoletoReceivables(core.db, client.erp_code).map((r) => ({
        id: r.boleto_id as string,
        dueDate: r.due_date,
        amountCents: r.amount_cents - r.paid_cents,
        environment: r.environment,
        digitableLine: r.digitable_line,
      })),
      source: 'cache',
      updatedAt: lastReceivableSync(core.db, client.erp_code),
      staleCode: failure.code,
      staleReason: failure.message,
    };
  }
}

export async function boletoFile(core: Core, clientId: number, boletoId: string): Promise<BoletoFile> {
  const client = clientOrFail(core, clientId);
  const pdf = await (await requireErpGateway(core)).boletoPdf(client.erp_code, boletoId);
  return { id: pdf.id, fileName: pdf.fileName, base64: pdf.pdf.toString('base64') };
}
