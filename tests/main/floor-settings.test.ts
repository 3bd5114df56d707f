/**
 * Settings and secrets shared by every seat of a floor, on a real PostgreSQL: an admin saves
 * once and every seat reads it; the bureau password saved on one seat logs in from another;
 * a seat without the floor key, or with another one, is told so in pt-BR and never overwrites
 * the stored secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { sharedSecrets } from '../../electron/main/floor/secrets/shared-secrets';
import {
  refreshSharedSettings,
  saveSharedSettings,
} from '../../electron/main/floor/settings/shared-settings';
import { sealWithFloorKey } from '../../electron/main/floor/secrets/floor-secret-store';
import { floorKeyId } from '../../electron/main/floor/secrets/floor-key';
import { getSetting, setSetting } from '../../electron/main/db/repos/settings.repo';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import { readErpConfig } from '../../electron/main/services/erp/erp-config';
import { maxHoursWithoutSuccess } from '../../electron/main/services/receivables/receivables-settings';
import { creditPolicy } from '../../electron/main/services/credit/credit-policy.service';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD, PRODUCTS } from '../../tools/simulators/bureau/fixtures';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { floorSeat, newFloorKey, type FloorSeat } from './support/floor-settings';

let server: TestPostgres;
let sim: BureauSimulatorHandle;
let central: FloorConnectionSettings;
const key = newFloorKey();
let a: FloorSeat;
let b: FloorSeat;
let adminA: string;
let adminB: string;
const seats: FloorSeat[] = [];

const products = PRODUCTS.map((p) => ({ id: p.identificador, name: p.nome, personType: p.tipoPessoa }));
const bureauInput = (password?: string) => ({
  url: sim.url,
  email: DEFAULT_EMAIL,
  ...(password ? { password } : {}),
  caPem: sim.caPem,
  spkiPin: null,
  products,
  defaultProductF: 'A1B2C3D4',
  defaultProductJ: 'B2C3D4E5',
  receivablesDailySync: false,
});
const centralBureau = async () => {
  const rows = await server.sql<{ value: string }>(
    central.database,
    "SELECT value FROM app_settings WHERE key = 'bureau.config'",
  );
  return JSON.parse(rows[0]!.value) as { passwordCipher: string; defaultProductJ: string };
};
const seat = async (k: Buffer | null) => {
  const s = await floorSeat(central, k);
  seats.push(s);
  return s;
};

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  sim = await startBureauSimulator({});
  central = await server.createDatabase();
  // Both seats are up before anything is saved: B learns of A's saves from the central database.
  a = await seat(key);
  b = await seat(key);
  adminA = await a.loginAs('admin');
  adminB = await b.loginAs('admin');
}, 120_000);
afterAll(async () => {
  for (const s of seats) s.close();
  await sim?.stop();
  await server?.stop();
});

describe('floor mode: settings saved once, read by every seat', () => {
  it('the bureau credentials saved on seat A log in to the bureau from seat B', async () => {
    const saved = await a.call(adminA, 'bureau.settings.save', bureauInput(DEFAULT_PASSWORD));
    expect(saved).toMatchObject({
      ok: true,
      value: { passwordState: 'saved', protection: { kind: 'floorKey' } },
    });
    const seen = await b.call(adminB, 'bureau.settings.get', {});
    expect(seen).toMatchObject({
      ok: true,
      value: { url: sim.url, email: DEFAULT_EMAIL, passwordState: 'saved', defaultProductJ: 'B2C3D4E5' },
    });
    const client = await bureauClientFromSettings(b.core);
    try {
      expect((await client.login()).products.length).toBeGreaterThan(0);
    } finally {
      client.close();
    }
    // What the central database holds is a floor-key envelope, not the password.
    expect((await centralBureau()).passwordCipher).toMatch(/^fk1:/);
  });

  it('ERP token, schedule, tempo máximo and the credit threshold saved on A are what B uses', async () => {
    const erp = await a.call(adminA, 'erp.settings.save', {
      baseUrl: 'https://erp.acme.com.br/api',
      token: 'token-do-erp-da-acme',
      syncTime: '03:30',
    });
    expect(erp.ok).toBe(true);
    expect(
      (await a.call(adminA, 'integration.settings.save', { syncTime: '04:15', maxHoursWithoutSuccess: 6 }))
        .ok,
    ).toBe(true);
    expect((await a.call(adminA, 'credit.policy.save', { confirmAboveCents: 250_000 })).ok).toBe(true);
    // The ERP screen on B shows what A saved (it pulls the floor's settings when opened).
    expect(await b.call(adminB, 'erp.settings.get', {})).toMatchObject({
      ok: true,
      value: { baseUrl: 'https://erp.acme.com.br/api', hasToken: true, syncTime: '04:15' },
    });
    // What the change feed does on every app_settings notification.
    await refreshSharedSettings(b.core);
    const c = readErpConfig(b.core);
    expect(c).toMatchObject({ baseUrl: 'https://erp.acme.com.br/api', syncTime: '04:15' });
    expect(await sharedSecrets(b.core).decrypt(c.tokenCipher!)).toBe('token-do-erp-da-acme');
    expect(maxHoursWithoutSuccess(b.core)).toBe(6);
    expect(creditPolicy(b.core).confirmAboveCents).toBe(250_000);
  });

  it('a seat restarted later starts with the floor settings, not its own old ones', async () => {
    const late = await seat(key);
    expect(readErpConfig(late.core).syncTime).toBe('04:15');
    expect(getBureauConfig(late.core.db).email).toBe(DEFAULT_EMAIL);
  });

  it('a seat without the floor key is told why and never overwrites the stored password', async () => {
    const before = (await centralBureau()).passwordCipher;
    const c = await seat(null);
    const adminC = await c.loginAs('admin');
    const view = await c.call(adminC, 'bureau.settings.get', {});
    expect(view).toMatchObject({
      ok: true,
      value: {
        passwordState: 'unreadable',
        passwordProblem: expect.stringContaining('não tem a chave do banco central'),
      },
    });
    const typed = await c.call(adminC, 'bureau.settings.save', bureauInput('senha-digitada-sem-chave'));
    expect(typed).toMatchObject({
      ok: false,
      error: { code: 'ENCRYPTION_UNAVAILABLE', message: expect.stringContaining('peça à equipe de TI') },
    });
    // Other fields still save; the password stays the one every other seat reads.
    const other = await c.call(adminC, 'bureau.settings.save', {
      ...bureauInput(),
      defaultProductJ: 'D4E5F6A7',
    });
    expect(other.ok).toBe(true);
    const after = await centralBureau();
    expect(after).toMatchObject({ passwordCipher: before, defaultProductJ: 'D4E5F6A7' });
    const query = await bureauClientFromSettings(c.core).catch((e: unknown) => e);
    expect(query).toMatchObject({ key: 'floor.keyMissing' });
  });

  it('a seat with another key is refused before it could overwrite the password', async () => {
    const before = (await centralBureau()).passwordCipher;
    const d = await seat(newFloorKey());
    const adminD = await d.loginAs('admin');
    const view = await d.call(adminD, 'bureau.settings.get', {});
    expect(view).toMatchObject({
      ok: true,
      value: { passwordState: 'unreadable', passwordProblem: expect.stringContaining('diferente da usada') },
    });
    const typed = await d.call(adminD, 'bureau.settings.save', bureauInput('senha-com-outra-chave'));
    expect(typed).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('diferente da usada') },
    });
    const token = await d.call(adminD, 'erp.settings.save', {
      baseUrl: 'https://erp.acme.com.br/api',
      token: 'token-com-outra-chave',
      syncTime: '04:15',
    });
    expect(token).toMatchObject({ ok: false, error: { code: 'SECRET_UNREADABLE' } });
    expect((await centralBureau()).passwordCipher).toBe(before);
    await refreshSharedSettings(b.core);
    expect(await sharedSecrets(b.core).decrypt(readErpConfig(b.core).tokenCipher!)).toBe(
      'token-do-erp-da-acme',
    );
  });

  it('a seat whose cache is behind never writes an older password back', async () => {
    const current = (await centralBureau()).passwordCipher;
    // B's cache still holds an envelope of a password replaced since (a save raced its refresh).
    const stale = {
      ...getBureauConfig(b.core.db),
      passwordCipher: sealWithFloorKey(key, floorKeyId(key), 'senha-antiga'),
    };
    setSetting(b.core.db, 'bureau.config', JSON.stringify(stale));
    await saveSharedSettings(b.core, {
      'bureau.config': JSON.stringify({ ...stale, defaultProductF: null }),
    });
    expect(await centralBureau()).toMatchObject({ passwordCipher: current });
    expect(JSON.parse(getSetting(b.core.db, 'bureau.config')!)).toMatchObject({
      passwordCipher: current,
      defaultProductF: null,
    });
  });

  it('opening the settings screen claims no key: the first password saved does', async () => {
    const fresh = await server.createDatabase();
    const first = await floorSeat(fresh, newFloorKey());
    seats.push(first);
    const view = await first.call(await first.loginAs('admin'), 'bureau.settings.get', {});
    expect(view).toMatchObject({ ok: true, value: { protection: { kind: 'floorKey', available: true } } });
    expect(await server.sql(fresh.database, 'SELECT key_id FROM floor_secret_key')).toEqual([]);
  });

  it('when the central database is unreachable a save fails in pt-BR and nothing changes locally', async () => {
    const e = await seat(key);
    const adminE = await e.loginAs('admin');
    await e.core.floor.close();
    const r = await e.call(adminE, 'credit.policy.save', { confirmAboveCents: 1 });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FLOOR_UNREACHABLE', message: expect.stringContaining('não foi salva') },
    });
    expect(creditPolicy(e.core).confirmAboveCents).toBe(250_000);
  });
});
