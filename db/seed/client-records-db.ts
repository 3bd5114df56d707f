import type { Db } from '../../electron/main/db/connection';
import { activityInserter } from '../../electron/main/db/repos/client-activities.repo';
import { billingDocumentInserter } from '../../electron/main/db/repos/client-billing.repo';
import { contactInserter } from '../../electron/main/db/repos/client-contacts.repo';
import { exclusiveProductInserter } from '../../electron/main/db/repos/client-products.repo';
import { ticketInserter } from '../../electron/main/db/repos/client-tickets.repo';
import { createPrng } from '../../shared/domain/prng';
import { generateClientRecords, type DocumentNumbers, type RecordCounts } from './client-records';
import { SHOWCASE_PRODUCTS, showcaseRecords } from './client-records-showcase';
import { DEFAULT_DEMO_SEED, type DemoClient } from './clients';

/**
 * Past this many clients the demo gets no per-client records: 200,000-client databases exist
 * to exercise search and sync, and 30 documents each would turn seconds of seeding into minutes.
 */
export const DEMO_RECORDS_MAX_CLIENTS = 5_000;

const SHOWCASE_ERP_CODE = '82467786';

/**
 * Returns a writer for the demo records of each client, in the order clients are written:
 * the n-th client always gets the same records. Call it inside the caller's transaction.
 */
export function clientRecordsWriter(
  db: Db,
  opts: { seed?: number } = {},
): (clientId: number, client: DemoClient, counts?: RecordCounts) => void {
  const insertContact = contactInserter(db);
  const insertActivity = activityInserter(db);
  const insertTicket = ticketInserter(db);
  const insertDocument = billingDocumentInserter(db);
  const insertProduct = exclusiveProductInserter(db);
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const numbers: DocumentNumbers = { invoice: 45_000, creditNote: 1_200 };
  let index = 0;
  return (clientId, client, counts) => {
    if (index >= DEMO_RECORDS_MAX_CLIENTS && counts === undefined) return;
    // Its own stream per client, so records never shift when the client generator changes.
    const prng = createPrng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
    index++;
    const showcase = client.erpCode === SHOWCASE_ERP_CODE;
    const generated = showcase
      ? generateClientRecords(prng, client, numbers, counts ?? { documents: 36 }, SHOWCASE_PRODUCTS)
      : generateClientRecords(prng, client, numbers, counts);
    const records = showcase ? showcaseRecords(generated) : generated;
    const at = client.updatedAt;
    for (const c of records.contacts) insertContact({ ...c, clientId, at });
    for (const a of records.activities) insertActivity({ ...a, clientId });
    for (const t of records.tickets) insertTicket({ ...t, clientId });
    for (const p of records.products) {
      const { category: _category, ...product } = p;
      insertProduct({ ...product, clientId });
    }
    for (const d of records.documents) insertDocument({ ...d, clientId });
  };
}
