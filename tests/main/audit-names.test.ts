import { afterEach, describe, expect, it } from 'vitest';
import { insertAudit } from '../../electron/main/db/repos/audit.repo';
import { createTestCore, type TestCore } from './support/test-core';

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

/** Auditoria as an administrator reads it: what was changed by name, what was done in pt-BR. */
describe('audit entries a person understands', () => {
  it('names the client, user, group, setting and run instead of "settings #integration"', async () => {
    const t = await createTestCore({ clients: 20 });
    cores.push(t);
    const admin = await t.loginAs('admin');
    const client = t.core.db.prepare('SELECT id, legal_name FROM clients ORDER BY id LIMIT 1').get() as {
      id: number;
      legal_name: string;
    };
    const at = '2026-03-12T12:00:00.000Z';
    const entry = (entity: string, entityId: string | number, action: string) =>
      insertAudit(t.core.db, { at, userId: null, userName: null, entity, entityId, action, changes: {} });
    // Rows as older versions wrote them: codes, not sentences.
    entry('settings', 'integration', 'Integração → Dados ERP: agendamento alterado');
    entry('receivables_export', 3, 'Envio de contas a receber ao bureau iniciado manualmente (Enviar agora)');
    entry('erp_sync', 12, 'run_now');
    entry('erp_sync', 12, 'cancel');
    entry('settings', 'erp', 'update');
    entry('client', client.id, 'Cadastro alterado');
    entry('setting', 'credit_confirm_above_cents', 'Confirmação de aumentos de limite alterada');
    entry('group', 99_999, 'Grupo excluído');

    const r = await t.call(admin, 'audit.list', { offset: 0, limit: 20 });
    if (!r.ok) throw new Error(r.error.message);
    const shown = r.value.rows.slice(0, 8).map((e) => [e.subject, e.action]);
    expect(shown).toEqual([
      ['Grupo nº 99999 (excluído)', 'Grupo excluído'],
      ['Configuração: Confirmação de aumentos de limite', 'Confirmação de aumentos de limite alterada'],
      [`Cliente ${client.legal_name}`, 'Cadastro alterado'],
      ['Configuração: Conexão com o ERP', 'Configurações do ERP alteradas'],
      ['Sincronização com o ERP nº 12', 'Sincronização com o ERP cancelada'],
      ['Sincronização com o ERP nº 12', 'Sincronização com o ERP iniciada manualmente (Sincronizar agora)'],
      [
        'Envio de contas a receber ao bureau nº 3',
        'Envio de contas a receber ao bureau iniciado manualmente (Enviar agora)',
      ],
      ['Configuração: Integração', 'Integração → Dados ERP: agendamento alterado'],
    ]);
    for (const [subject, action] of shown) {
      expect(subject).not.toMatch(/#|_/);
      expect(action).not.toMatch(/^[a-z_]+$/);
    }
  });

  it('names the user an administrator edited, and new rows are written in pt-BR', async () => {
    const t = await createTestCore({ clients: 20 });
    cores.push(t);
    const admin = await t.loginAs('admin');
    const users = await t.call(admin, 'users.list', {});
    const ana = users.ok ? users.value.find((u) => u.name === 'Ana Souza') : undefined;
    await t.call(admin, 'users.unlockLogin', { id: ana!.id });
    const r = await t.call(admin, 'audit.list', { entity: 'user', offset: 0, limit: 5 });
    expect(r.ok && r.value.rows[0]).toMatchObject({
      subject: 'Usuário Ana Souza',
      action: 'Acesso desbloqueado',
    });
  });
});
