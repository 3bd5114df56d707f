/**
 * The import step "Configurações": an embedded desktop's settings go to an empty floor once,
 * with its secrets sealed again with the floor key, so a seat that joins afterwards reads and
 * uses them; this desktop's own identity does not travel, and without the key nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely, openFloorPool, type FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import { createSettingsImportStep } from '../../electron/main/floor/import/settings.import';
import { floorKeyFromPolicy } from '../../electron/main/floor/secrets/floor-key';
import { sharedSecrets } from '../../electron/main/floor/secrets/shared-secrets';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { getBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { readErpConfig } from '../../electron/main/services/erp/erp-config';
import { readBudget } from '../../electron/main/services/panel/bureau-budget';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import {
  ACME,
  dumpCentral,
  encodings,
  floorSeat,
  newFloorKey,
  type FloorSeat,
} from './support/floor-settings';

const BUREAU_PASSWORD = 'senha-bureau-importada-4d1f';
const ERP_TOKEN = 'token-erp-importado-88aa';
const key = newFloorKey();
let server: TestPostgres;
let desk: FloorSeat;
const seats: FloorSeat[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  // The embedded desktop, as it was before the company moved to a floor (no PostgreSQL).
  desk = await floorSeat(server.admin, null, { floor: false });
  const admin = await desk.loginAs('admin');
  const saves = [
    await desk.call(admin, 'bureau.settings.save', {
      url: 'https://api-portal.deps.com.br',
      email: 'central@acme.com.br',
      password: BUREAU_PASSWORD,
      spkiPin: null,
      products: [{ id: 'B2C3D4E5', name: 'Deps Mix PJ', personType: 'J' }],
      defaultProductF: null,
      defaultProductJ: 'B2C3D4E5',
      receivablesDailySync: true,
    }),
    await desk.call(admin, 'erp.settings.save', {
      baseUrl: 'https://erp.acme.com.br',
      token: ERP_TOKEN,
      syncTime: '05:45',
    }),
    await desk.call(admin, 'panel.budget.save', {
      monthlyBudgetCents: 150_000,
      blockAtLimit: true,
      pricesCents: { B2C3D4E5: 990 },
    }),
  ];
  for (const s of saves) expect(s, JSON.stringify(s)).toMatchObject({ ok: true });
  expect(getBureauConfig(desk.core.db).passwordCipher).toMatch(/^kf1:/);
}, 120_000);
afterAll(async () => {
  for (const s of [desk, ...seats]) s?.close();
  await server?.stop();
});

async function emptyFloor(): Promise<{
  connection: FloorConnectionSettings;
  run: (floorKey: Buffer | null) => Promise<number>;
}> {
  const connection = await server.createDatabase();
  const pool = openFloorPool(connection);
  await migrateFloor(pool, ACME);
  const run = async (k: Buffer | null) => {
    const step = createSettingsImportStep({
      localSecrets: desk.core.secrets,
      floorKey: floorKeyFromPolicy(k ? { floorKey: k.toString('base64') } : {}),
      now: () => new Date(),
    });
    try {
      return (
        await floorKysely<SharedSchema>(pool)
          .transaction()
          .execute((trx) => step.run(desk.core.db, trx))
      ).rows;
    } finally {
      await pool.end();
    }
  };
  return { connection, run };
}

describe('import step: settings and secrets', () => {
  it('copies the shared settings once, secrets resealed; a seat joining afterwards uses them', async () => {
    const floor = await emptyFloor();
    expect(await floor.run(key)).toBeGreaterThanOrEqual(3);
    const keys = (
      await server.sql<{ key: string }>(floor.connection.database, 'SELECT key FROM app_settings')
    ).map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['bureau.config', 'erp.tokenCipher', 'erp.syncTime', 'bureau.budget']),
    );
    // This desktop's identity and bookkeeping stay on it.
    expect(keys.filter((k) => k.startsWith('install.') || k.startsWith('jobs.') || k === 'is_demo')).toEqual(
      [],
    );
    const dump = await dumpCentral(server, floor.connection.database);
    for (const s of [BUREAU_PASSWORD, ERP_TOKEN].flatMap(encodings)) expect(dump.text).not.toContain(s);
    expect(dump.text).not.toContain('kf1:');

    const seat = await floorSeat(floor.connection, key);
    seats.push(seat);
    const secrets = sharedSecrets(seat.core);
    expect(await secrets.decrypt(getBureauConfig(seat.core.db).passwordCipher!)).toBe(BUREAU_PASSWORD);
    expect(await secrets.decrypt(readErpConfig(seat.core).tokenCipher!)).toBe(ERP_TOKEN);
    expect(readErpConfig(seat.core).syncTime).toBe('05:45');
    expect(readBudget(seat.core.db)).toMatchObject({ monthlyBudgetCents: 150_000, blockAtLimit: true });
  });

  it('without the floor key the import stops with the pt-BR reason and writes nothing', async () => {
    const floor = await emptyFloor();
    const error = await floor.run(null).catch((e: unknown) => e);
    expect(error).toMatchObject({
      key: 'floor.keyMissing',
      message: expect.stringContaining('não tem a chave do banco central'),
    });
    expect(await server.sql(floor.connection.database, 'SELECT key FROM app_settings')).toEqual([]);
  });
});
