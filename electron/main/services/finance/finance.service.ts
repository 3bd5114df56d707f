/**
 * Informações Financeiras and Faturas abertas of the client screen. The cached values answer
 * at once; the live ERP answer replaces them when it comes; when the ERP cannot answer, the
 * cached values stay, marked stale with the reason.
 */
import type { BoletoFile, FinancialSnapshot, OpenBoletos } from '../../../../shared/ipc/dto/finance';
import { AppFailure, isAppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getClientRecord, type ClientRecord } from '../../db/repos/clients.repo';
import { getClientFinancials, saveClientFinancials } from '../../db/repos/finance.repo';
import { lastIssueDate, lastReceivableSync, openBoletoReceivables } from '../../db/repos/receivables.repo';
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

/** The last ERP answer, or the ERP values the sync left on the client register. */
export function cachedFinancials(core: Core, clientId: number): FinancialSnapshot {
  const client = clientOrFail(core, clientId);
  const cached = getClientFinancials(core.db, clientId);
  const values = cached
    ? {
        availableBalanceCents: cached.available_balance_cents,
        creditLimitCents: cached.credit_limit_cents,
        lastOrderDate: cached.last_order_date,
        lastInvoiceDate: cached.last_invoice_date,
        creditStatus: cached.credit_status,
      }
    : {
        availableBalanceCents: client.available_balance_cents,
        creditLimitCents: client.credit_limit_cents,
        lastOrderDate: client.last_purchase_date,
        lastInvoiceDate: lastIssueDate(core.db, client.erp_code),
        creditStatus: client.credit_status,
      };
  return {
    clientId,
    values,
    updatedAt: cached?.fetched_at ?? null,
    stale: false,
    staleCode: null,
    staleReason: null,
  };
}

export async function refreshFinancials(core: Core, clientId: number): Promise<FinancialSnapshot> {
  const client = clientOrFail(core, clientId);
  try {
    const summary = await (await requireErpGateway(core)).financialSummary(client.erp_code);
    const fetchedAt = core.now().toISOString();
    saveClientFinancials(core.db, {
      client_id: clientId,
      available_balance_cents: summary.availableBalanceCents,
      credit_limit_cents: summary.creditLimitCents,
      last_order_date: summary.lastOrderDate,
      last_invoice_date: summary.lastInvoiceDate,
      credit_status: summary.creditStatus,
      erp_as_of: summary.asOf,
      fetched_at: fetchedAt,
    });
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
