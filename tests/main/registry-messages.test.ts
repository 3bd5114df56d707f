/**
 * Messages at the edge: a service throws a catalog key with details and the caller receives the
 * catalog's pt-BR sentence with the same stable wire code; the registry's own refusals (session,
 * permission, zod input) and gateway failures come from the same catalog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/ipc/handlers';
import { createRegistry } from '../../electron/main/ipc/registry';
import { classifyHttpError, classifyHttpStatus } from '../../electron/main/gateways/erp/erp-errors';
import { HttpTransportError } from '../../electron/main/gateways/http/http-port';
import { messageFor } from '../../shared/ipc/messages';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
});
afterAll(() => t.close());

describe('registry edge renders failures from the catalog', () => {
  it('a service failure arrives with its wire code and the catalog sentence for its details', async () => {
    const admin = await t.loginAs('admin');
    const r = await t.call(admin, 'users.save', {
      login: 'ana',
      name: 'Outra Ana',
      password: 'senha-forte-1',
      groupIds: [],
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: messageFor('users.loginTaken', { login: 'ana' }) },
    });
    expect(r.ok || r.error.message).toBe('Já existe um usuário com o login "ana".');
  });

  it('the permission refusal is the same sentence the renderer shows on its guards', async () => {
    const agent = await t.loginAs('ana');
    const r = await t.call(agent, 'groups.save', {
      name: 'X',
      permissions: [],
      maxCreditIncreaseCents: null,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: messageFor('auth.forbidden', { permission: 'settings.users' }) },
    });
  });

  it('zod input errors keep their pt-BR field sentences under VALIDATION', async () => {
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

  it('an ERP gateway failure crosses the edge with its code and the catalog sentence', async () => {
    const failures = [
      classifyHttpStatus(503, ''),
      classifyHttpStatus(409, JSON.stringify({ mensagem: 'Registro alterado por outra estação.' })),
      classifyHttpError(new HttpTransportError('timeout', null, 'UND_ERR_HEADERS_TIMEOUT'), {
        baseUrl: 'https://erp.local',
        timeoutMs: 15_000,
      }),
    ];
    const expected = [
      { code: 'ERP_SERVER_ERROR', message: messageFor('erp.serverError', { status: 503 }) },
      { code: 'CONFLICT', message: 'Registro alterado por outra estação.' },
      { code: 'ERP_TIMEOUT', message: 'O ERP não respondeu em 15 segundos. Tente novamente em instantes.' },
    ];
    for (const [i, failure] of failures.entries()) {
      const registry = createRegistry(t.core, {
        ...handlers,
        'app.info': () => {
          throw failure;
        },
      });
      const r = await registry.invoke('app.info', {}, { sessionKey: 'anyone' });
      expect(r).toEqual({ ok: false, error: expected[i] });
    }
  });
});
