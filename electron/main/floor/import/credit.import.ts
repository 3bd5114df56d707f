/**
 * Import of this desktop's credit part into an empty floor: the credit changes with their ERP
 * outbox state (the pending ones are then sent by whichever seat holds the outbox lease, with
 * their own Idempotency-Keys, so a change this desktop already sent is not applied twice), the
 * console's values of the clients with a change still pending, the Liberação de crédito
 * decisions (pending and settled: the release history) and the products shown per client.
 * Same ids as on the desktop; new ids are handed out above them.
 */
import { sql } from 'kysely';
import { creditTables } from '../replication/credit-tables';
import type { Row } from '../replication/replicated-table';
import { insertRows } from './client-records.import';
import type { FloorImportStep } from './import-step';

export const creditImportStep: FloorImportStep = {
  id: 'credit',
  label: 'Alterações de crédito, fila de envio ao ERP, liberações de pedidos e produtos por cliente',
  async run(local, central) {
    let total = 0;
    let maxId = 0;
    for (const t of creditTables) {
      const cols = t.columns.map((c) => `"${c}"`).join(', ');
      // The ERP's clients rows are the sync's; only the values of a change still pending travel.
      const where =
        t.mode === 'columns'
          ? ' WHERE id IN (SELECT client_id FROM credit_outbox WHERE sent_at IS NULL)'
          : ' ORDER BY 1';
      const rows = local.prepare(`SELECT ${cols} FROM "${t.local}"${where}`).all() as Row[];
      await insertRows(central, t.pg, t.columns, rows);
      total += rows.length;
      if (t.placeholder) for (const r of rows) maxId = Math.max(maxId, Number(r.id));
    }
    await sql`SELECT setval('floor_row_ids', GREATEST((SELECT last_value FROM floor_row_ids), ${Math.ceil((maxId + 1) / 100) * 100}))`.execute(
      central,
    );
    return { rows: total };
  },
};
