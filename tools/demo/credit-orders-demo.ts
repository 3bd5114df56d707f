import type { Core } from '../../electron/main/core-types';
import type { ErpTable, ErpTablePage } from '../../electron/main/gateways/erp/erp-gateway';
import { log } from '../../electron/main/log';
import { announceOrderChanges } from '../../electron/main/services/credit-release/credit-release-events';
import { erpGatewayFor } from '../../electron/main/services/erp/erp-link';
import { createWriters } from '../../electron/main/services/erp/erp-sync-writers';

/** Tables the Liberação de crédito queue and the client position read. */
const TABLES: ErpTable[] = ['vendedor', 'fatura', 'pedido', 'itens-pedido'];
const PAGE = 1_000;

/**
 * Demo only: a brand-new demo database has clients but no orders. Reads the simulator's orders
 * (a realistic share blocked for credit), titles and sellers through the ERP gateway and stores
 * them with the sync's own writers, so `npm start` opens with a Liberação de crédito queue. The
 * sync cursors are left alone: Integração still shows the first load to do, and the first
 * "Sincronizar agora" reads everything (the same rows, upserted by key). Skipped once orders exist.
 */
async function load(core: Core): Promise<void> {
  const erp = await erpGatewayFor(core);
  if (!erp) return;
  const writerFor = createWriters(core.db);
  let rows = 0;
  for (const table of TABLES) {
    const write = writerFor(table);
    let token: string | null = null;
    do {
      const page: ErpTablePage = await erp.readTable(table, {
        changedSince: null,
        pageToken: token,
        pageSize: PAGE,
      });
      core.db.transaction(() => write(page.records, core.now().toISOString()))();
      rows += page.records.length;
      token = page.nextPageToken;
    } while (token);
  }
  announceOrderChanges(core, { tables: [{ table: 'pedido', rows, pages: 1 }] });
  log.info(`pedidos de demonstração: ${rows} registro(s) do simulador ERP`);
}

export async function startCreditOrdersDemo(core: Core): Promise<() => Promise<void>> {
  if (core.db.prepare('SELECT 1 FROM credit_orders LIMIT 1').get() !== undefined) return async () => {};
  const run = load(core).catch((e: unknown) =>
    log.warn(`pedidos de demonstração não carregados: ${(e as Error).message}`),
  );
  return async () => {
    await run;
  };
}
