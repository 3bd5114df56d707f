/**
 * Credit on the change feed: the console's limit/situation changes and their ERP outbox, the
 * analysts' order releases and rejections (with their outbox state), and the products shown per
 * client. db/floor-migrations/0800-credit-outbox.sql.
 */
import type { Db } from '../../db/connection';
import type { ReplicatedTable, Row } from './replicated-table';

const credit = (_db: Db, row: Row) => ({ clientId: Number(row.client_id), part: 'credit' as const });

export const creditTables: readonly ReplicatedTable[] = [
  {
    pg: 'credit_outbox',
    local: 'credit_outbox',
    key: ['id'],
    columns: [
      'id',
      'idempotency_key',
      'client_id',
      'erp_code',
      'credit_limit_cents',
      'credit_status',
      'bureau_query_id',
      'user_id',
      'created_at',
      'attempts',
      'last_error',
      'sent_at',
    ],
    placeholder: {
      idempotency_key: 'floor-placeholder',
      client_id: -1,
      erp_code: '',
      credit_limit_cents: 0,
      credit_status: '',
      created_at: '',
      sent_at: '',
    },
    event: credit,
  },
  {
    // The console's values on the ERP's clients row, until the ERP sync brings its own.
    pg: 'client_credit',
    local: 'clients',
    key: ['id'],
    columns: ['id', 'credit_limit_cents', 'credit_status'],
    mode: 'columns',
    // Two seats changing one client's limit at once: the second is told it changed meanwhile.
    guardStale: true,
    event: (_db, row) => ({ clientId: Number(row.id), part: 'credit' }),
  },
  {
    pg: 'credit_order_decisions',
    local: 'credit_order_decisions',
    key: ['id'],
    columns: [
      'id',
      'order_id',
      'client_id',
      'kind',
      'state',
      'reject_reason',
      'note',
      'base_version',
      'value_cents',
      'idempotency_key',
      'user_id',
      'user_name',
      'created_at',
      'attempts',
      'last_error',
      'sent_at',
      'settled_at',
      'message',
    ],
    placeholder: {
      order_id: -1,
      kind: 'release',
      state: 'failed',
      base_version: '',
      value_cents: 0,
      idempotency_key: 'floor-placeholder',
      user_name: '',
      created_at: '',
    },
    event: (_db, row) => ({
      clientId: row.client_id === null ? null : Number(row.client_id),
      part: 'credit',
      orderId: Number(row.order_id),
    }),
  },
  {
    pg: 'client_exclusive_products',
    local: 'client_exclusive_products',
    key: ['id'],
    columns: ['id', 'client_id', 'code', 'description', 'details', 'unit', 'price_cents', 'valid_until'],
    placeholder: { client_id: -1, code: 'floor-placeholder', description: '', price_cents: 0 },
    event: (_db, row) => ({ clientId: Number(row.client_id), part: 'products' }),
  },
];
