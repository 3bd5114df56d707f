/**
 * The write-back of ERP-owned client fields on the change feed (db/floor-migrations/1010): the
 * edit rows are the floor's, sent to the ERP by the outbox lease holder, and every seat shows the
 * agent's value on its copy of the ERP's row from them (services/clients/erp-edit-overlay.ts).
 */
import type { ClientErpEditRecord } from '../../db/repos/client-erp-edits.repo';
import { followErpEdit } from '../../services/clients/erp-edit-overlay';
import type { ReplicatedTable } from './replicated-table';

export const erpEditTables: readonly ReplicatedTable[] = [
  {
    pg: 'client_erp_edits',
    local: 'client_erp_edits',
    key: ['id'],
    columns: [
      'id',
      'client_id',
      'erp_code',
      'target',
      'fields',
      'erp_fields',
      'base_version',
      'idempotency_key',
      'state',
      'conflict_fields',
      'conflict_version',
      'message',
      'user_id',
      'user_name',
      'created_at',
      'sent_at',
      'attempts',
      'last_error',
      'closed',
    ],
    // Two seats editing one client's register at once: the second merges into the first's edit.
    guardStale: true,
    placeholder: {
      client_id: -1,
      erp_code: '',
      target: 'floor-placeholder',
      fields: '{}',
      erp_fields: '{}',
      idempotency_key: 'floor-placeholder',
      created_at: '',
    },
    followUp: (db, before, after) =>
      followErpEdit(
        db,
        before as ClientErpEditRecord | undefined,
        after as unknown as ClientErpEditRecord | null,
      ),
    event: (_db, row) => ({ clientId: Number(row.client_id), part: 'erpEdits' }),
  },
];
