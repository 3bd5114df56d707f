import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import type { OpenReceivablesSource } from './open-receivables';
import { MAX_ROWS_PER_BATCH, openTitleRow, type ReceivableRowPayload } from './receivables-payload';

export interface ReceivablesSendResult {
  sent: number;
  /** pt-BR note for the agent when something was not sent or not confirmed; null when all went well. */
  note: string | null;
}

/** Sends a client's open receivables to the bureau; never throws, so the query can go on. */
export interface ReceivablesSender {
  sendOpenForClient(input: { clientId: number; batchId: string }): Promise<ReceivablesSendResult>;
}

interface Ack {
  recebidos?: unknown;
  somaCentavos?: unknown;
  rejeitados?: { indice?: unknown; motivo?: unknown }[];
  mensagem?: unknown;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function sendBatch(
  client: BureauClient,
  loteId: string,
  rows: ReceivableRowPayload[],
): Promise<string | null> {
  const { status, body } = await client.postReceivables({ loteId, registros: rows });
  const ack = (body ?? {}) as Ack;
  if (status === 200) {
    const sum = rows.reduce((acc, r) => acc + r.valorCentavos, 0);
    if (ack.recebidos !== rows.length || ack.somaCentavos !== sum) {
      return `o bureau confirmou ${String(ack.recebidos)} de ${rows.length} títulos (totais divergentes)`;
    }
    return null;
  }
  if (status === 422 && Array.isArray(ack.rejeitados)) {
    const first = ack.rejeitados
      .slice(0, 3)
      .map((r) => `linha ${String(r.indice)}: ${String(r.motivo)}`)
      .join('; ');
    return `o bureau recusou ${ack.rejeitados.length} título(s) (${first})`;
  }
  return `o bureau respondeu HTTP ${status}${typeof ack.mensagem === 'string' ? `: ${ack.mensagem}` : ''}`;
}

/**
 * "A cada consulta, é sincronizado tudo que está em aberto do cliente" (seed 002). Batches are
 * keyed by the query's idempotency key, so a repeated send is recognised by the bureau.
 */
export function createBureauReceivablesSender(deps: {
  db: Db;
  client: BureauClient;
  source: OpenReceivablesSource;
  /** The upload endpoint is provisional: off for a real bureau until Deps confirms the schema. */
  enabled: boolean;
}): ReceivablesSender {
  return {
    async sendOpenForClient({ clientId, batchId }) {
      if (!deps.enabled) {
        return {
          sent: 0,
          note: 'Envio de contas a receber desativado para este bureau (formato ainda não confirmado).',
        };
      }
      const open = deps.source(deps.db, clientId);
      if (open === null)
        return { sent: 0, note: 'Contas a receber ainda não sincronizadas do ERP; nada foi enviado.' };
      if (open.length === 0) return { sent: 0, note: null };
      const problems: string[] = [];
      let sent = 0;
      for (const [n, rows] of chunks(open.map(openTitleRow), MAX_ROWS_PER_BATCH).entries()) {
        try {
          const problem = await sendBatch(deps.client, `${batchId}-${n + 1}`, rows);
          if (problem) problems.push(problem);
          else sent += rows.length;
        } catch (e) {
          problems.push(e instanceof AppFailure ? e.message : 'falha inesperada no envio');
        }
      }
      return {
        sent,
        note: problems.length
          ? `Contas a receber: ${problems.join('; ')}. A consulta seguiu assim mesmo.`
          : null,
      };
    },
  };
}
