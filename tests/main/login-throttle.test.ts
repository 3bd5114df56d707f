import { afterEach, describe, expect, it } from 'vitest';
import { FREE_FAILURES } from '../../electron/main/services/auth/throttle';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore | undefined;
afterEach(() => t?.close());

const wrong = (n: number) => ({ login: 'ana', password: `errada-${n}-senha` });

describe('login throttling under parallel guesses', () => {
  it('50 concurrent wrong passwords: only the free attempts are verified, the rest wait, named in pt-BR', async () => {
    let clock = new Date('2026-11-22T12:00:00Z');
    t = await createTestCore({ clients: 10, now: () => clock });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t!.registry.invoke('auth.login', wrong(i), { sessionKey: `s${i}` }),
      ),
    );
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'LOGIN_FAILED')).toHaveLength(FREE_FAILURES);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(50 - FREE_FAILURES);
    const throttled = results.find((r) => !r.ok && r.error.code === 'LOGIN_THROTTLED');
    expect(throttled && !throttled.ok && throttled.error.message).toMatch(/Aguarde \d+ s/);

    // The right password is refused while the wait lasts, and works once it is over.
    const early = await t.call('right', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(early).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    clock = new Date(clock.getTime() + 3_000);
    const right = await t.call('right', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(right.ok).toBe(true);
  });

  it('the wait is capped: after twenty spaced failures the right password still gets in within minutes', async () => {
    let clock = new Date('2026-11-22T12:00:00Z');
    t = await createTestCore({ clients: 10, now: () => clock });
    for (let i = 0; i < 20; i++) {
      await t.call('x', 'auth.login', wrong(i));
      clock = new Date(clock.getTime() + 6 * 60_000);
    }
    const right = await t.call('x', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(right.ok).toBe(true);
  });

  it('throttles a source guessing many logins, without delaying the same logins from another source', async () => {
    const clock = new Date('2026-11-22T12:00:00Z');
    t = await createTestCore({ clients: 10, now: () => clock });
    const attacker = { sessionKey: 'web:a', source: '127.0.0.9' };
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await t.registry.invoke(
        'auth.login',
        { login: `login${i}`, password: 'chute-123' },
        attacker,
      );
      codes.push(r.ok ? 'OK' : r.error.code);
    }
    expect(codes.filter((c) => c === 'LOGIN_FAILED').length).toBeLessThan(40);
    expect(codes.at(-1)).toBe('LOGIN_THROTTLED');
    const agent = await t.registry.invoke(
      'auth.login',
      { login: 'ana', password: 'atendente-demo' },
      { sessionKey: 'electron:1', source: 'janela local' },
    );
    expect(agent.ok).toBe(true);
  });

  it('an administrator unlocks the login in Usuários, and the unlock is audited', async () => {
    const clock = new Date('2026-11-22T12:00:00Z');
    t = await createTestCore({ clients: 10, now: () => clock });
    const admin = await t.loginAs('admin');
    for (let i = 0; i < FREE_FAILURES + 3; i++) await t.call('x', 'auth.login', wrong(i));
    const locked = await t.call('y', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });

    const users = await t.call(admin, 'users.list', {});
    const ana = users.ok ? users.value.find((u) => u.login === 'ana') : undefined;
    expect(ana?.loginWaitSeconds).toBeGreaterThan(0);
    expect(ana?.failedLoginAttempts).toBe(FREE_FAILURES);

    const agent = await t.loginAs('ana').catch(() => null);
    expect(agent).toBeNull();
    const unlocked = await t.call(admin, 'users.unlockLogin', { id: ana!.id });
    expect(unlocked.ok).toBe(true);
    const right = await t.call('y', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(right.ok).toBe(true);
    const audit = t.core.db
      .prepare(
        "SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id DESC LIMIT 1",
      )
      .get(String(ana!.id)) as { action: string };
    expect(audit.action).toMatch(/Acesso desbloqueado/);
  });
});
