import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/main/core';
import { getSetting } from '../../electron/main/db/repos/settings.repo';
import { updatePlan } from '../../electron/main/updater';
import { createTestCore, type TestCore } from './support/test-core';

/** The machine policy through the registry, as Configurações uses it. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-policy-main-'));
const policyFile = path.join(dir, 'policy.json');
const ERP = 'https://erp.empresa.com.br/api';
const BUREAU = 'https://deps.empresa.com.br';
let t: TestCore;
let admin: string;

beforeAll(async () => {
  fs.writeFileSync(
    policyFile,
    JSON.stringify({ erpUrl: ERP, bureauUrl: BUREAU, autoUpdate: false, updateChannel: 'Canal Errado' }),
  );
  process.env.CENTRAL_POLICY_FILE = policyFile;
  t = await createTestCore({ clients: 20 });
  admin = await t.loginAs('admin');
});
afterAll(() => {
  t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  process.env.CENTRAL_POLICY_FILE = policyFile;
});

const auditRows = () =>
  (t.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'settings'").get() as { n: number })
    .n;

describe('machine policy in Configurações', () => {
  it('reports what it locks and which field was invalid, naming the file', async () => {
    const r = await t.call(admin, 'policy.get', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.file).toBe(policyFile);
    expect(r.value.locked.map((l) => [l.field, l.value])).toEqual([
      ['erpUrl', ERP],
      ['bureauUrl', BUREAU],
      ['autoUpdate', false],
    ]);
    expect(r.value.problems).toEqual([
      { field: 'updateChannel', message: expect.stringContaining(policyFile) },
    ]);
  });

  it('the ERP address comes from the policy and cannot be changed through the registry', async () => {
    const view = await t.call(admin, 'erp.settings.get', {});
    expect(view.ok && view.value.baseUrl).toBe(ERP);
    const audits = auditRows();
    const r = await t.call(admin, 'erp.settings.save', {
      baseUrl: 'https://outro-erp.local',
      token: 'novo-token',
      syncTime: '00:00',
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'POLICY_LOCKED', message: expect.stringContaining('definido pela política da empresa') },
    });
    if (!r.ok) expect(r.error.message).toContain(policyFile);
    expect(getSetting(t.core.db, 'erp.tokenCipher') ?? '').toBe('');
    expect(auditRows()).toBe(audits);
    // Sending the locked value untouched still saves what is not locked (the token).
    const saved = await t.call(admin, 'erp.settings.save', {
      baseUrl: ERP,
      token: 'novo-token',
      syncTime: '00:00',
    });
    expect(saved).toMatchObject({ ok: true, value: { baseUrl: ERP, hasToken: true } });
  });

  it('the bureau URL is locked the same way, for saving and for fetching products', async () => {
    const connection = { url: 'https://outro-bureau.local', email: 'a@b.com', spkiPin: null, password: 'x' };
    const save = await t.call(admin, 'bureau.settings.save', {
      ...connection,
      products: [],
      defaultProductF: null,
      defaultProductJ: null,
      receivablesDailySync: false,
    });
    expect(save).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
    const fetch = await t.call(admin, 'bureau.settings.fetchProducts', connection);
    expect(fetch).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
    const view = await t.call(admin, 'bureau.settings.get', {});
    expect(view.ok && view.value.url).toBe(BUREAU);
  });

  it('an agent cannot read the policy without a session', async () => {
    expect(await t.call('nobody', 'policy.get', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('machine policy at start', () => {
  it('a file that is not JSON still lets the console start, and says why nothing applied', async () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ "erpUrl": ');
    process.env.CENTRAL_POLICY_FILE = broken;
    const other = await createTestCore({ clients: 5 });
    try {
      const key = await other.loginAs('admin');
      const r = await other.call(key, 'policy.get', {});
      expect(r).toMatchObject({
        ok: true,
        value: { locked: [], problems: [{ field: null, message: expect.stringContaining(broken) }] },
      });
    } finally {
      other.close();
    }
  });

  it('the data folder of the policy is where the database goes', async () => {
    const preset = path.join(dir, 'dados-da-politica');
    const core = await createCore({
      dataDir: path.join(dir, 'padrao'),
      transport: 'web',
      policy: { file: policyFile, found: true, values: { dataDir: preset }, problems: [] },
    });
    try {
      expect(core.dataDir).toBe(preset);
      expect(fs.existsSync(path.join(preset, 'central.sqlite'))).toBe(true);
    } finally {
      core.close();
    }
  });

  it('"autoUpdate": false stops the update check; a policy URL and channel are used', () => {
    expect(updatePlan(true, { autoUpdate: false })).toMatchObject({ check: false });
    expect(updatePlan(true, { updateUrl: 'https://upd.local', updateChannel: 'beta' })).toEqual({
      check: true,
      url: 'https://upd.local',
      channel: 'beta',
    });
    expect(updatePlan(false, {})).toMatchObject({ check: false });
  });
});
