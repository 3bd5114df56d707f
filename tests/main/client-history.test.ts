import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/ipc/dto/auth';
import { CLIENT_HISTORY_SQL } from '../../electron/main/db/repos/client-history.repo';
import { createTestCore, type TestCore } from './support/test-core';
import { loginRestricted, queryPlan, showcaseClientId, value } from './client-test-helpers';

let t: TestCore;
let agent: string;
let reader: string;
let clientId: number;

beforeAll(async () => {
  t = await createTestCore();
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.historico');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

describe('client Histórico', () => {
  it('starts empty for a demo client', async () => {
    expect(value(await t.call(agent, 'clientHistory.list', { clientId }))).toEqual({
      rows: [],
      next: null,
      total: 0,
    });
  });

  it('shows every change from every tab, newest first, with who did it', async () => {
    value(await t.call(agent, 'clientTickets.create', { clientId, description: 'Segunda via de boleto' }));
    value(
      await t.call(agent, 'clientContacts.save', {
        clientId,
        fields: { name: 'Ivo Lima', initials: '', company: '', role: '', email: null, phone: null, tags: [] },
      }),
    );
    value(await t.call(reader, 'clientDetails.saveNotes', { clientId, notes: 'Prefere e-mail' }));
    const other = clientId + 1;
    value(await t.call(agent, 'clientDetails.saveNotes', { clientId: other, notes: 'Outro cliente' }));

    const page = value(await t.call(reader, 'clientHistory.list', { clientId }));
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => [r.action, r.userName])).toEqual([
      ['Notas rápidas alteradas', 'Usuário leitor.historico'],
      ['Contato adicionado: Ivo Lima', 'Ana Souza'],
      [expect.stringMatching(/^Chamado aberto: SUP-\d{6}$/), 'Ana Souza'],
    ]);
    expect(page.rows[0]?.changes).toEqual({
      notes: { before: 'Cliente prefere contato pela manhã.', after: 'Prefere e-mail' },
    });
  });

  it('pages with a cursor without skipping or repeating entries', async () => {
    for (let i = 0; i < 12; i++) {
      value(await t.call(agent, 'clientTickets.create', { clientId, description: `Solicitação ${i}` }));
    }
    const seen: AuditEntry[] = [];
    let before: number | undefined;
    do {
      const page = value(await t.call(agent, 'clientHistory.list', { clientId, before, limit: 4 }));
      seen.push(...page.rows);
      before = page.next ?? undefined;
    } while (before !== undefined);
    expect(seen).toHaveLength(15);
    const ids = seen.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('reads the page from the audit_log_entity index', () => {
    const plan = queryPlan(t, CLIENT_HISTORY_SQL.page, [String(clientId), 1_000_000, 10]);
    expect(plan).toMatch(/USING INDEX audit_log_entity \(entity=\? AND entity_id=\? AND id<\?\)/);
  });

  it('answers NOT_FOUND for an unknown client', async () => {
    expect(await t.call(agent, 'clientHistory.list', { clientId: 987_654 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
