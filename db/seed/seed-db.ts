import type { Db } from '../../electron/main/db/connection';
import { clientInserter } from '../../electron/main/db/repos/clients.repo';
import { clientRecordsWriter } from './client-records-db';
import { generateDemoClients, type DemoClient } from './clients';

export const DEFAULT_DEMO_CLIENTS = 2000;

const toRecord = (c: DemoClient) => ({
  erp_code: c.erpCode,
  legal_name: c.legalName,
  trade_name: c.tradeName,
  document: c.document,
  person_type: c.personType,
  status: c.status,
  credit_limit_cents: c.creditLimitCents,
  available_balance_cents: c.availableBalanceCents,
  credit_status: c.creditStatus,
  abc_class: c.abcClass,
  last_purchase_date: c.lastPurchaseDate,
  segment: c.segment,
  client_group: c.clientGroup,
  responsible: c.responsible,
  emails: JSON.stringify(c.emails),
  phones: JSON.stringify(c.phones),
  site: c.site,
  city: c.city,
  uf: c.uf,
  currency: c.currency,
  payment_method: c.paymentMethod,
  language: c.language,
  accounting_account: c.accountingAccount,
  preferred_appointment_day: c.preferredAppointmentDay,
  notes: c.notes,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

/**
 * Writes demo clients in chunks of one transaction each: one huge transaction would hold
 * the whole WAL in memory for 200,000 rows; one per row would be ~100x slower.
 */
export function seedDemoClients(
  db: Db,
  opts: { count: number; seed?: number; onProgress?: (done: number) => void },
): number {
  const insert = clientInserter(db);
  const addAddress = db.prepare(
    `INSERT INTO client_addresses (client_id, kind, street, number, complement, district, city, uf, cep, fax)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writeRecords = clientRecordsWriter(db, { seed: opts.seed });
  const CHUNK = 5000;
  let buffer: DemoClient[] = [];
  let done = 0;
  const flush = db.transaction((rows: DemoClient[]) => {
    for (const c of rows) {
      const id = insert(toRecord(c));
      for (const a of c.addresses) {
        addAddress.run(
          id,
          a.kind,
          a.street,
          a.number,
          a.complement,
          a.district,
          a.city,
          a.uf,
          a.cep,
          a.fax ?? null,
        );
      }
      writeRecords(id, c);
    }
  });
  for (const c of generateDemoClients({ count: opts.count, seed: opts.seed })) {
    buffer.push(c);
    if (buffer.length === CHUNK) {
      flush(buffer);
      done += buffer.length;
      buffer = [];
      opts.onProgress?.(done);
    }
  }
  if (buffer.length) flush(buffer);
  return done + buffer.length;
}
