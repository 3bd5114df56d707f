/**
 * Floor key rotation (issue 18): IT gives the new key as `floorKey` and keeps the old one as
 * `floorKeyPrevious`. Hostile previous-key values are refused in pt-BR; a seat holding both
 * re-seals the floor's secrets once; seats with only the old key read until then, seats with
 * only the new key read after it, and a seat left with the old key only (or another key) is
 * told so in pt-BR. Canary: after the rotation no envelope in the central database opens with
 * the old key alone.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { floorKeyId } from '../../electron/main/floor/secrets/floor-key';
import { rotateFloorKeyOncePerFloor } from '../../electron/main/floor/secrets/floor-key-rotation';
import { openWithFloorKey } from '../../electron/main/floor/secrets/floor-secret-store';
import { sharedSecrets } from '../../electron/main/floor/secrets/shared-secrets';
import { refreshSharedSettings } from '../../electron/main/floor/settings/shared-settings';
import { parseMachinePolicy } from '../../electron/main/policy/machine-policy';
import { policyView } from '../../electron/main/policy/policy-locks';
import type { Core } from '../../electron/main/core-types';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { floorSeat, newFloorKey, type FloorSeat } from './support/floor-settings';

const parse = (o: Record<string, unknown>) =>
  parseMachinePolicy(JSON.stringify(o), 'C:\\ProgramData\\policy.json');
const b64 = (k: Buffer) => k.toString('base64');

describe('the previous floor key in the machine policy', () => {
  const current = newFloorKey();
  const previous = newFloorKey();
  const refusedPrevious = (o: Record<string, unknown>) => {
    const p = parse(o);
    expect(p.floorKeyPrevious?.bytes() ?? null).toBeNull();
    return p.problems.map((x) => x.message).join('\n');
  };

  it('keeps a valid previous key apart from the policy view and out of any serialization', () => {
    const p = parse({ floorKey: b64(current), floorKeyPrevious: b64(previous) });
    expect(p.problems).toEqual([]);
    expect(p.floorKeyPrevious?.keyId).toBe(floorKeyId(previous));
    expect(p.floorKey?.keyId).toBe(floorKeyId(current));
    const seen = JSON.stringify({ policy: p, view: policyView({ policy: p } as unknown as Core) });
    for (const k of [current, previous]) {
      expect(seen).not.toContain(b64(k));
      expect(seen).not.toContain(k.toString('hex'));
    }
  });

  it('refuses hostile or pointless previous keys with the reason in pt-BR', () => {
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPrevious: b64(current) })).toContain(
      'a chave anterior é igual à atual',
    );
    expect(refusedPrevious({ floorKeyPrevious: b64(previous) })).toContain('nenhuma chave atual válida');
    expect(refusedPrevious({ floorKey: 'curta', floorKeyPrevious: b64(previous) })).toContain(
      'nenhuma chave atual válida',
    );
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPrevious: 'não é base64!' })).toContain(
      'Chave anterior do banco central: não é base64',
    );
    expect(
      refusedPrevious({ floorKey: b64(current), floorKeyPrevious: b64(crypto.randomBytes(31)) }),
    ).toContain('exatamente 32 bytes');
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPrevious: b64(Buffer.alloc(32, 7)) })).toContain(
      'não parece aleatória',
    );
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPrevious: { bytes: b64(previous) } })).toContain(
      'deve ser um texto em base64',
    );
    expect(
      refusedPrevious({
        floorKey: b64(current),
        floorKeyPrevious: b64(previous),
        floorKeyPreviousFile: '/x',
      }),
    ).toContain('use apenas um dos campos "floorKeyPrevious" ou "floorKeyPreviousFile"');
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPreviousFile: 'floor-antiga.key' })).toContain(
      'caminho absoluto',
    );
    expect(refusedPrevious({ floorKey: b64(current), floorKeyPreviousFile: '/tmp/a\u0000b' })).toContain(
      'informe o caminho do arquivo',
    );
    // The current key still works when only the previous one is refused.
    expect(parse({ floorKey: b64(current), floorKeyPrevious: 'x' }).floorKey?.keyId).toBe(
      floorKeyId(current),
    );
  });
});

const BUREAU = 'senha-bureau-antes-da-troca-4d1f';
const SMTP = 'senha-smtp-antes-da-troca-93ab';
const OLD = newFloorKey();
const NEW = newFloorKey();
const OTHER = newFloorKey();
let server: TestPostgres;
let database: string;
const open: FloorSeat[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => {
  for (const s of open) s.close();
  await server?.stop();
});

async function seat(key: Buffer, previousKey?: Buffer): Promise<FloorSeat> {
  const s = await floorSeat(server.settings(database), key, previousKey ? { previousKey } : {});
  open.push(s);
  await refreshSharedSettings(s.core);
  return s;
}

const bureauPassword = (s: FloorSeat) =>
  sharedSecrets(s.core).decrypt(getBureauConfig(s.core.db).passwordCipher!);
const envelopes = async () =>
  (await server.sql<{ value: string }>(database, 'SELECT value FROM app_settings')).flatMap(
    (r) => r.value.match(/fk1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+/g) ?? [],
  );

describe('rotating the floor key', () => {
  it('re-seals once; old-only seats read until then, new-only after; the others are told in pt-BR', async () => {
    database = (await server.createDatabase()).database;
    const a = await seat(OLD);
    const admin = await a.loginAs('admin');
    const saves = [
      await a.call(admin, 'bureau.settings.save', {
        url: 'https://api-portal.deps.com.br',
        email: 'central@acme.com.br',
        password: BUREAU,
        spkiPin: null,
        products: [{ id: 'B2C3D4E5', name: 'Deps Mix PJ', personType: 'J' }],
        defaultProductF: null,
        defaultProductJ: 'B2C3D4E5',
        receivablesDailySync: false,
      }),
      await a.call(admin, 'email.settings.save', {
        host: 'smtp.acme.com.br',
        port: 587,
        security: 'starttls',
        user: 'central@acme.com.br',
        password: SMTP,
        fromName: 'Central',
        fromAddress: 'central@acme.com.br',
      }),
    ];
    for (const s of saves) expect(s, JSON.stringify(s)).toMatchObject({ ok: true });
    expect(await envelopes()).toHaveLength(2);

    // During the change: a seat that got only the new key is told; one with only the old key reads.
    const onlyNew = await seat(NEW);
    await expect(bureauPassword(onlyNew)).rejects.toThrow(
      /chave do banco central deste computador é diferente/,
    );
    const onlyOld = await seat(OLD);
    expect(await bureauPassword(onlyOld)).toBe(BUREAU);

    // A seat with both keys starts: it re-seals the floor's secrets under the job lease.
    const both = await seat(NEW, OLD);
    await expect
      .poll(
        async () =>
          (await server.sql<{ key_id: string }>(database, 'SELECT key_id FROM floor_secret_key'))[0]?.key_id,
        { timeout: 10_000 },
      )
      .toBe(floorKeyId(NEW));
    expect(await rotateFloorKeyOncePerFloor(both.core)).toBeNull();
    expect(
      await server.sql(
        database,
        "SELECT count(*)::int AS n FROM job_leases WHERE job = 'floor-key-rotation'",
      ),
    ).toEqual([{ n: 1 }]);

    // Canary: every envelope is the new key's; none opens with the old key alone.
    const after = await envelopes();
    expect(after).toHaveLength(2);
    for (const env of after) {
      expect(env.split(':')[1]).toBe(floorKeyId(NEW));
      expect(() => openWithFloorKey(OLD, floorKeyId(OLD), env)).toThrow();
      expect(() => openWithFloorKey(OLD, floorKeyId(NEW), env)).toThrow();
    }
    expect(after.map((env) => openWithFloorKey(NEW, floorKeyId(NEW), env)).sort()).toEqual(
      [BUREAU, SMTP].sort(),
    );

    // After the change: new-only and both read; old-only and a stranger are told why, in pt-BR.
    await refreshSharedSettings(onlyNew.core);
    expect(await bureauPassword(onlyNew)).toBe(BUREAU);
    await refreshSharedSettings(both.core);
    expect(await bureauPassword(both)).toBe(BUREAU);
    await refreshSharedSettings(onlyOld.core);
    await expect(bureauPassword(onlyOld)).rejects.toThrow(/trocou a chave do banco central/);
    expect(await sharedSecrets(onlyOld.core).availability()).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Peça à TI a chave nova'),
    });
    const stranger = await seat(OTHER);
    await expect(bureauPassword(stranger)).rejects.toThrow(
      /chave do banco central deste computador é diferente/,
    );
    // The old-only seat cannot write an old-key envelope back.
    const oldAdmin = await onlyOld.loginAs('admin');
    const resave = await onlyOld.call(oldAdmin, 'email.settings.save', {
      host: 'smtp.acme.com.br',
      port: 587,
      security: 'starttls',
      user: 'central@acme.com.br',
      password: 'outra-senha-smtp',
      fromName: 'Central',
      fromAddress: 'central@acme.com.br',
    });
    expect(resave).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('trocou a chave do banco central') },
    });
    for (const env of await envelopes()) expect(env.split(':')[1]).toBe(floorKeyId(NEW));
  });
});
