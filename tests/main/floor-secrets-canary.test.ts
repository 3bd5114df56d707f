/**
 * The canary over the whole central database: known passwords saved through the real flows
 * (bureau, ERP token, SMTP) must appear nowhere in a full dump (pg_dump when one of the
 * server's version is installed, else every row of every table), nor in the server's files
 * (heap and WAL); nor the floor key. The seats still read them back, so the test cannot pass
 * by storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSecrets } from '../../electron/main/floor/secrets/shared-secrets';
import { readErpConfig } from '../../electron/main/services/erp/erp-config';
import { getBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { getSmtpConfig } from '../../electron/main/db/repos/email-settings.repo';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import {
  dumpCentral,
  encodings,
  floorSeat,
  newFloorKey,
  serverFiles,
  type FloorSeat,
} from './support/floor-settings';

const BUREAU_CANARY = 'canario-bureau-7f3a9c1e';
const ERP_CANARY = 'canario-erp-token-52be04d8';
const SMTP_CANARY = 'canario-smtp-e91c3b77';
const CANARIES = [BUREAU_CANARY, ERP_CANARY, SMTP_CANARY];
const key = newFloorKey();
let server: TestPostgres;
let database: string;
let seat: FloorSeat;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  const central = await server.createDatabase();
  database = central.database;
  seat = await floorSeat(central, key);
  const admin = await seat.loginAs('admin');
  const saves = [
    await seat.call(admin, 'bureau.settings.save', {
      url: 'https://api-portal.deps.com.br',
      email: 'central@acme.com.br',
      password: BUREAU_CANARY,
      spkiPin: null,
      products: [{ id: 'B2C3D4E5', name: 'Deps Mix PJ', personType: 'J' }],
      defaultProductF: null,
      defaultProductJ: 'B2C3D4E5',
      receivablesDailySync: false,
    }),
    await seat.call(admin, 'erp.settings.save', {
      baseUrl: 'https://erp.acme.com.br',
      token: ERP_CANARY,
      syncTime: '02:00',
    }),
    await seat.call(admin, 'email.settings.save', {
      host: 'smtp.acme.com.br',
      port: 587,
      security: 'starttls',
      user: 'central@acme.com.br',
      password: SMTP_CANARY,
      fromName: 'Central',
      fromAddress: 'central@acme.com.br',
    }),
  ];
  for (const s of saves) expect(s, JSON.stringify(s)).toMatchObject({ ok: true });
}, 120_000);
afterAll(async () => {
  seat?.close();
  await server?.stop();
});

describe('canary: the central database never holds a password in clear', () => {
  it('the seat reads every saved password back through the floor key', async () => {
    const secrets = sharedSecrets(seat.core);
    expect(await secrets.decrypt(getBureauConfig(seat.core.db).passwordCipher!)).toBe(BUREAU_CANARY);
    expect(await secrets.decrypt(readErpConfig(seat.core).tokenCipher!)).toBe(ERP_CANARY);
    expect(await secrets.decrypt(getSmtpConfig(seat.core.db).passwordCipher!)).toBe(SMTP_CANARY);
  });

  it('a full dump has the settings but no canary and no key, in any encoding', async () => {
    const dump = await dumpCentral(server, database);
    // The dump is real: the settings are in it, only the secrets are sealed.
    expect(dump.text).toContain('central@acme.com.br');
    expect(dump.text).toContain('smtp.acme.com.br');
    expect(dump.text).toMatch(/fk1:/);
    for (const secret of [...CANARIES.flatMap(encodings), ...encodings(key)])
      expect(dump.text.includes(secret), `${secret} no dump (${dump.via})`).toBe(false);
  });

  it('no file of the server (tables, indexes, WAL) holds a canary or the key', async () => {
    const files = await serverFiles(server);
    expect(files.length).toBeGreaterThan(10);
    const needles: Buffer[] = [...CANARIES.flatMap(encodings), ...encodings(key)].map((s) => Buffer.from(s));
    needles.push(Buffer.from(key));
    for (const f of files) for (const n of needles) expect(f.includes(n)).toBe(false);
  });
});
