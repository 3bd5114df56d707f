/**
 * The import step of the client records: an embedded desktop's contacts, activities, files
 * (with bytes), notes and Histórico land in an empty floor, and a seat joining it sees them.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely, openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import { clientRecordsImportStep } from '../../electron/main/floor/import/client-records.import';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { detailsFields } from './support/details-fields';
import { ACME, openSeat, removeSeatFolder } from './support/floor-replication';
import { createTestCore } from './support/test-core';

let server: TestPostgres;
beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());

describe('import of the client records into an empty floor', () => {
  it("copies every record of the desktop, file bytes included, and a joining seat's cache shows them", async () => {
    const desktop = await createTestCore({ clients: 50 });
    const ana = await desktop.loginAs('ana');
    const r = await desktop.call(ana, 'clientFiles.attach', {
      clientId: 3,
      name: 'proposta.txt',
      mime: 'text/plain',
      contentBase64: Buffer.from('proposta comercial').toString('base64'),
    });
    expect(r.ok).toBe(true);
    await desktop.call(ana, 'clientDetails.saveNotes', { clientId: 3, notes: 'Cliente desde 2019.' });
    const three = await desktop.call(ana, 'clients.get', { id: 3 });
    if (!three.ok) throw new Error(three.error.message);
    const details = await desktop.call(ana, 'clientDetails.update', {
      clientId: 3,
      fields: detailsFields(three.value, {
        // ERP-owned: the desktop has no ERP, so the edit still waits for it at the import.
        site: 'https://aguardando-o-erp.example.com.br',
        currency: 'EUR',
        language: 'en-US',
        accountingAccount: '2.1.1.03',
        preferredAppointmentDay: 'Sexta-feira',
        sharedAcrossCompanies: true,
      }),
    });
    expect(details.ok).toBe(true);
    const ownDetails = desktop.core.db
      .prepare(
        `SELECT count(*) FROM clients WHERE currency <> 'BRL' OR language <> 'pt-BR' OR accounting_account <> ''
           OR preferred_appointment_day IS NOT NULL OR shared_across_companies <> 0`,
      )
      .pluck()
      .get() as number;
    const count = (db: Database.Database, t: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const local = desktop.core.db;
    const expected = {
      client_contacts: count(local, 'client_contacts'),
      client_activities: count(local, 'client_activities'),
      client_files: count(local, 'client_files'),
      audit_log: count(local, 'audit_log'),
      client_erp_edits: count(local, 'client_erp_edits'),
    };
    expect(expected.client_erp_edits).toBe(1);
    expect(expected.client_activities).toBeGreaterThan(0);

    const settings = await server.createDatabase();
    const pool = openFloorPool(settings);
    pool.on('error', () => undefined);
    await migrateFloor(pool, ACME);
    const central = floorKysely<SharedSchema>(pool);
    const result = await central.transaction().execute((trx) => clientRecordsImportStep.run(local, trx));
    expect(result.rows).toBeGreaterThanOrEqual(Object.values(expected).reduce((a, b) => a + b, 0));
    for (const [table, n] of Object.entries(expected)) {
      const rows = await server.sql(settings.database, `SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n: rows[0]?.n }).toEqual({ table, n });
    }
    desktop.close();

    const seat = await openSeat(settings);
    try {
      await seat.core.replicator.pullNow();
      expect(count(seat.core.db, 'client_activities')).toBe(expected.client_activities);
      const admin = await seat.login('admin');
      expect(await seat.value(admin, 'clients.get', { id: 3 })).toMatchObject({
        notes: 'Cliente desde 2019.',
        currency: 'EUR',
        language: 'en-US',
        accountingAccount: '2.1.1.03',
        preferredAppointmentDay: 'Sexta-feira',
        sharedAcrossCompanies: true,
        site: 'https://aguardando-o-erp.example.com.br',
      });
      const [waiting] = await seat.value(admin, 'clientErpEdits.list', { clientId: 3 });
      expect(waiting).toMatchObject({
        state: 'pending',
        mine: { site: 'https://aguardando-o-erp.example.com.br' },
      });
      // Clients whose own fields are all the defaults take no central row.
      expect(
        Number((await server.sql(settings.database, 'SELECT count(*)::int AS n FROM client_details'))[0]?.n),
      ).toBe(ownDetails);
      const files = await seat.value(admin, 'clientFiles.list', { clientId: 3, limit: 10 });
      const file = files.rows.find((f) => f.name === 'proposta.txt');
      expect(file?.missing).toBe(false);
    } finally {
      await seat.close();
      removeSeatFolder(seat);
      await pool.end();
    }
  });
});
