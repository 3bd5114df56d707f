import type { Core } from '../../electron/main/core-types';
import { log } from '../../electron/main/log';
import { announceOrderChanges } from '../../electron/main/services/credit-release/credit-release-events';
import { runErpSyncJob } from '../../electron/main/workers/erp-sync-worker';

/** Tables the Liberação de crédito queue and the client position read. */
const TABLES = ['vendedor', 'fatura', 'pedido', 'itens-pedido'] as const;

/**
 * Demo only: a brand-new demo database has clients but no orders. Pulls the simulator's orders
 * (about a fifth of them blocked for credit), titles and sellers through the real sync path, so
 * `npm start` opens with a Liberação de crédito queue. Skipped once orders exist.
 */
export async function startCreditOrdersDemo(core: Core): Promise<() => Promise<void>> {
  const has = core.db.prepare('SELECT 1 FROM credit_orders LIMIT 1').get() !== undefined;
  if (!has) {
    const run = runErpSyncJob(core, { runId: null, tables: [...TABLES] })
      .then((summary) => {
        announceOrderChanges(core, summary);
        log.info(`pedidos de demonstração: ${summary.rows} registro(s) do simulador ERP`);
      })
      .catch((e: unknown) => log.warn(`pedidos de demonstração não carregados: ${(e as Error).message}`));
    return async () => {
      await run;
    };
  }
  return async () => {};
}
