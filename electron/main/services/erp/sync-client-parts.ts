import type { ClientPart } from '../../../../shared/ipc/dto/client-events';
import type { ErpTable } from '../../gateways/erp/erp-gateway';
import type { SyncSummary } from './erp-sync.service';

/** The ERP tables whose rows show on a client screen, and which part of it each one feeds. */
const PARTS_OF: Partial<Record<ErpTable, ClientPart[]>> = {
  empresa: ['register', 'credit'],
  contato: ['contacts'],
  fatura: ['receivables', 'credit'],
};

/**
 * What an ERP sync run changed on the client screens, from the run's own summary (not from the
 * page writers, which may run in a worker): one event per run, not one per row.
 */
export function changedClientParts(summary: SyncSummary): ClientPart[] {
  const parts = new Set<ClientPart>();
  for (const t of summary.tables) {
    if (t.rows > 0) for (const p of PARTS_OF[t.table] ?? []) parts.add(p);
  }
  return [...parts];
}
