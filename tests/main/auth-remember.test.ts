import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDeviceSlot, type DeviceSlot } from '../../electron/main/services/auth/device-slot';
import { fileDeviceSlot } from '../../electron/main/services/auth/file-device-slot';
import type { ChannelInput, ChannelName } from '../../shared/ipc/contract';
import { createTestCore, type TestCore } from './support/test-core';

const cores: TestCore[] = [];
const core = async (now?: () => Date) => {
  const t = await createTestCore({ clients: 20, now });
  cores.push(t);
  return t;
};
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

/** A window: its session key (lost on restart) and its profile's slot (kept). */
const call = <C extends ChannelName>(
  t: TestCore,
  key: string,
  device: DeviceSlot,
  channel: C,
  input: ChannelInput<C>,
) => t.registry.invoke(channel, input, { sessionKey: key, device });
const userOf = async (t: TestCore, key: string, device: DeviceSlot) => {
  const r = await call(t, key, device, 'auth.status', {});
  return r.ok ? ((r.value as { user: { login: string } | null }).user?.login ?? null) : 'error';
};
const ANA = { login: 'ana', password: 'atendente-demo' };

describe('"manter conectado" is bound to the window profile', () => {
  it('window A stays logged in after a restart; a new profile B is not A; Sair in A ends it', async () => {
    const t = await core();
    const profileA = memoryDeviceSlot();
    const profileB = memoryDeviceSlot();
    await call(t, 'A1', profileA, 'auth.login', { ...ANA, keepSignedIn: true });
    // The profile holds a sealed token, not the user id nor the token in clear.
    expect(profileA.value).toMatch(/^kf1:/);
    const row = t.core.db.prepare('SELECT * FROM remembered_devices').get() as Record<string, string>;
    expect(profileA.value).not.toContain(row.token_hash);

    expect(await userOf(t, 'B1', profileB)).toBeNull();
    // Restart (new session store) and reload: A is still Ana, through its own token.
    t.core.sessions.clear('A1');
    expect(await userOf(t, 'A2', profileA)).toBe('ana');
    expect(await userOf(t, 'B2', profileB)).toBeNull();

    await call(t, 'A2', profileA, 'auth.logout', {});
    expect(profileA.value).toBeNull();
    expect(await userOf(t, 'A3', profileA)).toBeNull();
    expect(t.core.db.prepare('SELECT count(*) AS n FROM remembered_devices').get()).toEqual({ n: 0 });
  });

  it('a copied token is useless without the secret store, after expiry, or for another OS user', async () => {
    let now = new Date('2026-03-02T12:00:00Z');
    const t = await core(() => now);
    const profile = memoryDeviceSlot();
    await call(t, 'w', profile, 'auth.login', { ...ANA, keepSignedIn: true });
    const forged = memoryDeviceSlot();
    forged.value = 'kf1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await userOf(t, 'x', forged)).toBeNull();
    expect(forged.value).toBeNull();

    const sealed = profile.value;
    const copy = memoryDeviceSlot();
    copy.value = sealed;
    t.core.db.prepare("UPDATE remembered_devices SET os_user = 'outro-usuario'").run();
    expect(await userOf(t, 'y', copy)).toBeNull();

    t.core.db
      .prepare('UPDATE remembered_devices SET os_user = ?')
      .run((await import('node:os')).userInfo().username);
    profile.value = sealed;
    expect(await userOf(t, 'z1', profile)).toBe('ana');
    now = new Date(now.getTime() + 31 * 86_400_000);
    t.core.sessions.clear('z1');
    expect(await userOf(t, 'z2', profile)).toBeNull();
  });

  it('logging in without the box forgets this profile only; "Sair de todos os dispositivos" forgets all', async () => {
    const t = await core();
    const a = memoryDeviceSlot();
    const b = memoryDeviceSlot();
    await call(t, 'a', a, 'auth.login', { ...ANA, keepSignedIn: true });
    await call(t, 'b', b, 'auth.login', { ...ANA, keepSignedIn: true });
    await call(t, 'a', a, 'auth.login', { ...ANA, keepSignedIn: false });
    expect(a.value).toBeNull();
    t.core.sessions.clear('b');
    expect(await userOf(t, 'b2', b)).toBe('ana');

    await call(t, 'b2', b, 'auth.logoutEverywhere', {});
    expect(await userOf(t, 'a', a)).toBeNull();
    expect(await userOf(t, 'b2', b)).toBeNull();
    const c = memoryDeviceSlot();
    c.value = b.value;
    expect(await userOf(t, 'c', c)).toBeNull();
  });

  it("the Electron profile file is the owner's only", async () => {
    const t = await core();
    const slot = fileDeviceSlot(t.dataDir, '/home/x/.config/Central/Partitions/main');
    await call(t, 'e', slot, 'auth.login', { ...ANA, keepSignedIn: true });
    const [file] = fs.readdirSync(`${t.dataDir}/remembered`);
    expect(slot.read()).toMatch(/^kf1:/);
    if (process.platform !== 'win32') {
      expect(fs.statSync(`${t.dataDir}/remembered/${file}`).mode & 0o777).toBe(0o600);
      expect(fs.statSync(`${t.dataDir}/remembered`).mode & 0o777).toBe(0o700);
    }
    expect(fileDeviceSlot(t.dataDir, '/other/profile').read()).toBeNull();
  });
});
