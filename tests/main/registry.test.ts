import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, channelNames } from '../../shared/ipc/contract';
import { PERMISSIONS } from '../../shared/auth/permissions';
import { handlers } from '../../electron/main/ipc/handlers';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
});
afterAll(() => t.close());

describe('contract', () => {
  it('every mutating channel declares the permission it needs, or says on purpose that any user may', () => {
    const undeclared = channelNames.filter((name) => {
      const spec = contract[name] as { kind: string; permission?: string; anyUser?: true };
      return spec.kind === 'mutation' && !spec.permission && !spec.anyUser;
    });
    expect(undeclared).toEqual([]);
  });

  it('declares only known permissions and has exactly one handler per channel', () => {
    for (const name of channelNames) {
      const spec = contract[name] as { permission?: string };
      if (spec.permission) expect(Object.keys(PERMISSIONS), name).toContain(spec.permission);
      expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });
});

describe('registry', () => {
  it('answers an unknown channel with a stable code', async () => {
    const r = await t.registry.invoke('clients.dropTable', {}, { sessionKey: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('parses every input with zod before the handler runs, with a pt-BR message', async () => {
    const admin = await t.loginAs('admin');
    const r = await t.registry.invoke(
      'users.save',
      { login: 'x', name: '', groupIds: [] },
      { sessionKey: admin },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(/login deve ter pelo menos 3 caracteres|nome é obrigatório/i);
    }
  });

  it('refuses a caller without the permission before looking at the input', async () => {
    const agent = await t.loginAs('ana');
    const r = await t.call(agent, 'groups.save', { name: '', permissions: ['nope' as never] });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a mutation without its permission, naming the missing permission, before anything changes', async () => {
    const agent = await t.loginAs('ana');
    const groupsBefore = t.core.db.prepare('SELECT count(*) AS n FROM user_groups').get();
    const r = await t.call(agent, 'groups.save', {
      name: 'Hackers',
      permissions: ['settings.users'],
      maxCreditIncreaseCents: null,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Configurações - Usuários e grupos') },
    });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM user_groups').get()).toEqual(groupsBefore);
  });

  it('refuses every mutating channel to an anonymous caller', async () => {
    for (const name of channelNames) {
      const spec = contract[name] as { kind: string; auth?: string };
      if (spec.kind !== 'mutation' || spec.auth === 'public') continue;
      const r = await t.registry.invoke(name, {}, { sessionKey: 'nobody' });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('turns an unexpected handler error into INTERNAL without leaking its text', async () => {
    const admin = await t.loginAs('admin');
    t.core.db.exec('ALTER TABLE user_groups RENAME TO user_groups_gone');
    try {
      const r = await t.call(admin, 'groups.list', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      if (!r.ok) expect(r.error.message).not.toMatch(/no such table/);
    } finally {
      t.core.db.exec('ALTER TABLE user_groups_gone RENAME TO user_groups');
    }
  });
});
