/**
 * Console-owned client data on the change feed: contacts, activities (and who takes part),
 * tickets, files, Histórico entries and the quick notes.
 */
import { blobPath } from '../../services/clients/client-file-store';
import fs from 'node:fs';
import type { Db } from '../../db/connection';
import type { ReplicatedTable, Row } from './replicated-table';

const byClientId = (part: 'contacts' | 'activities' | 'tickets' | 'files') => (_db: Db, row: Row) => ({
  clientId: Number(row.client_id),
  part,
});

const activityClient = (db: Db, row: Row) => {
  const a = db.prepare('SELECT client_id FROM client_activities WHERE id = ?').get(row.activity_id) as
    { client_id: number } | undefined;
  return { clientId: a?.client_id ?? null, part: 'activities' as const };
};

export const clientRecordTables: readonly ReplicatedTable[] = [
  {
    pg: 'client_contacts',
    local: 'client_contacts',
    key: ['id'],
    columns: [
      'id',
      'client_id',
      'name',
      'initials',
      'company',
      'role',
      'email',
      'phone',
      'tags',
      'created_at',
      'updated_at',
    ],
    placeholder: { client_id: -1, name: '', initials: '', tags: '[]', created_at: '', updated_at: '' },
    event: byClientId('contacts'),
  },
  {
    pg: 'client_activities',
    local: 'client_activities',
    key: ['id'],
    columns: [
      'id',
      'client_id',
      'kind',
      'title',
      'due_at',
      'status',
      'done_at',
      'owner_name',
      'created_at',
      'updated_at',
      'ics_uid',
      'ics_sequence',
      'owner_user_id',
      'notify',
    ],
    placeholder: { client_id: -1, kind: 'task', title: '', due_at: '', created_at: '', updated_at: '' },
    event: byClientId('activities'),
  },
  {
    pg: 'client_activity_participants',
    local: 'client_activity_participants',
    key: ['activity_id', 'kind', 'ref_id'],
    columns: ['activity_id', 'kind', 'ref_id', 'name', 'email'],
    event: activityClient,
  },
  {
    pg: 'client_tickets',
    local: 'client_tickets',
    key: ['id'],
    columns: [
      'id',
      'client_id',
      'description',
      'progress',
      'status',
      'opened_at',
      'updated_at',
      'closed_at',
      'opened_by_user_id',
    ],
    placeholder: { client_id: -1, description: '', opened_at: '', updated_at: '' },
    event: byClientId('tickets'),
  },
  {
    pg: 'client_files',
    local: 'client_files',
    key: ['id'],
    columns: [
      'id',
      'client_id',
      'name',
      'mime',
      'size_bytes',
      'sha256',
      'uploaded_at',
      'uploaded_by',
      'uploaded_by_name',
    ],
    placeholder: {
      client_id: -1,
      name: '',
      mime: '',
      size_bytes: 0,
      sha256: '0'.repeat(64),
      uploaded_at: '',
    },
    event: byClientId('files'),
    // The bytes go to the shared store in the same transaction as the row that points at them.
    async beforePush(ctx, row) {
      const sha256 = String(row.sha256);
      const bytes = fs.readFileSync(blobPath(ctx.dataDir, sha256));
      await ctx.query(
        // Touching created_at holds the row: the feed pruner never deletes bytes a new row points at.
        'INSERT INTO client_file_blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO UPDATE SET created_at = now()',
        [sha256, bytes],
      );
    },
  },
  {
    pg: 'audit_log',
    local: 'audit_log',
    key: ['id'],
    columns: ['id', 'at', 'user_id', 'user_name', 'entity', 'entity_id', 'action', 'changes'],
    placeholder: { at: '', entity: '', entity_id: '', action: '' },
    keepLocalRows: true,
    event: (_db, row) =>
      row.entity === 'client' ? { clientId: Number(row.entity_id), part: 'history' } : null,
  },
  {
    pg: 'client_notes',
    local: 'clients',
    key: ['id'],
    columns: ['id', 'notes'],
    mode: 'columns',
    cleared: { notes: '' },
    event: (_db, row) => ({ clientId: Number(row.id), part: 'notes' }),
  },
  {
    // The console's own Detalhes fields on the ERP's clients row (the ERP-owned ones are the
    // ERP's: written back from the seat, brought to every seat by the ERP data).
    pg: 'client_details',
    local: 'clients',
    key: ['id'],
    columns: [
      'id',
      'currency',
      'language',
      'accounting_account',
      'preferred_appointment_day',
      'shared_across_companies',
    ],
    mode: 'columns',
    // Two seats editing one client's Detalhes: the second runs again over the first's values.
    guardStale: true,
    cleared: {
      currency: 'BRL',
      language: 'pt-BR',
      accounting_account: '',
      preferred_appointment_day: null,
      shared_across_companies: 0,
    },
    event: (_db, row) => ({ clientId: Number(row.id), part: 'register' }),
  },
];
