import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import { createBatchSender } from './receivables-batch-sender';
import type { OpenReceivablesSource } from './open-receivables';
import { MAX_ROWS_PER_BATCH, openTitleRow } from './receivables-payload';
import { QUERY_RETRY, type RetryPolicy } from './receivables-retry';

export interface ReceivablesSendResult {
  sent: number;
  /** pt-BR note for the agent when something was not sent or not confirmed; null when all went well. */
  note: string | null;
}

/** Sends a client's open receivables to the bureau; never throws, so the query can go on. */
export interface ReceivablesSender {
  sendOpenForClient(input: { clientId: number; batchId: string }): Promise<ReceivablesSendResult>;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * "A cada consulta, é sincronizado tudo que está em aberto do cliente" (seed 002), through the
 * same batch sender and mapper as the daily job. Batches are keyed by the query's idempotency
 * key, so a repeated send is recognised by the bureau.
 */
export function createBureauReceivablesSender(deps: {
  db: Db;
  client: BureauClient;
  source: OpenReceivablesSource;
  /** The upload endpoint is provisional: off for a real bureau until Deps confirms the schema. */
  enabled: boolean;
  now?: () => Date;
  retry?: RetryPolicy;
}): ReceivablesSender {
  const sender = createBatchSender({ db: deps.db, client: deps.client, now: deps.now ?? (() => new Date()) });
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
          const confirmed = await sender.send(`${batchId}-${n + 1}`, rows, {
            runId: null,
            retry: deps.retry ?? QUERY_RETRY,
          });
          sent += confirmed.rows.length;
          if (confirmed.rejected) problems.push(`o bureau recusou ${confirmed.rejected} título(s)`);
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
