import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContactFields } from '../../shared/ipc/dto/client-contacts';
import { mailtoFor } from '../../shared/domain/contact-tags';
import { isAllowedExternalUrl } from '../../electron/main/security/window-policy';
import { createTestCore, type TestCore } from './support/test-core';
import { clientAudit, loginRestricted, showcaseClientId, value } from './client-test-helpers';

let t: TestCore;
let agent: string;
let reader: string;
let clientId: number;

beforeAll(async () => {
  t = await createTestCore();
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.contatos');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

const list = async () => value(await t.call(agent, 'clientContacts.list', { clientId }));
const newContact: ContactFields = {
  name: 'Márcia da Conceição',
  initials: '',
  company: 'Maximino Santin Comércio de Alimentos Ltda',
  role: 'Compradora',
  email: 'marcia.conceicao@maximinosantin.com.br',
  phone: '(49) 99123-4567',
  tags: ['Compras', ' Compras ', 'Decisor'],
};

describe('client contacts', () => {
  it('lists the showcase contacts with initials, company and tags', async () => {
    const rows = await list();
    expect(rows.map((c) => c.name)).toEqual([
      'José Maximino',
      'Luciana Santin',
      'Patrick Fonseca',
      'Rosana Pereira',
    ]);
    expect(rows[0]).toMatchObject({ initials: 'JM', tags: ['Diretor', 'Decisor'] });
  });

  it('adds a contact with derived initials, de-duplicated tags and an audit row', async () => {
    const saved = value(await t.call(agent, 'clientContacts.save', { clientId, fields: newContact }));
    expect(saved).toMatchObject({ initials: 'MC', phone: '49991234567', tags: ['Compras', 'Decisor'] });
    expect((await list()).map((c) => c.id)).toContain(saved.id);
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Contato adicionado: Márcia da Conceição',
      userName: 'Ana Souza',
      changes: { name: { before: null, after: 'Márcia da Conceição' } },
    });
  });

  it('edits and removes a contact, both in the Histórico', async () => {
    const marcia = (await list()).find((c) => c.name === 'Márcia da Conceição');
    if (!marcia) throw new Error('missing contact');
    value(
      await t.call(agent, 'clientContacts.save', {
        clientId,
        id: marcia.id,
        fields: { ...newContact, role: 'Gerente de compras' },
      }),
    );
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Contato alterado: Márcia da Conceição',
      changes: { role: { before: 'Compradora', after: 'Gerente de compras' } },
    });
    value(await t.call(agent, 'clientContacts.remove', { id: marcia.id }));
    expect((await list()).some((c) => c.id === marcia.id)).toBe(false);
    expect(clientAudit(t, clientId)[0]?.action).toBe('Contato removido: Márcia da Conceição');
    expect(await t.call(agent, 'clientContacts.remove', { id: marcia.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('validates e-mail, phone and name in pt-BR', async () => {
    for (const [patch, message] of [
      [{ email: 'marcia@' }, /E-mail inválido/],
      [{ phone: '999' }, /Telefone inválido/],
      [{ name: ' ' }, /Informe o nome/],
    ] as const) {
      const r = await t.call(agent, 'clientContacts.save', { clientId, fields: { ...newContact, ...patch } });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!r.ok && r.error.message).toMatch(message);
    }
  });

  it('will not edit another client’s contact through this client', async () => {
    const [contact] = await list();
    const other = t.core.db.prepare('SELECT id FROM clients WHERE id <> ? LIMIT 1').get(clientId) as {
      id: number;
    };
    const r = await t.call(agent, 'clientContacts.save', {
      clientId: other.id,
      id: contact!.id,
      fields: newContact,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses changes with FORBIDDEN without "Clientes - Editar cadastro", but lets the user read', async () => {
    const before = await list();
    expect(await t.call(reader, 'clientContacts.save', { clientId, fields: newContact })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call(reader, 'clientContacts.remove', { id: before[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(value(await t.call(reader, 'clientContacts.list', { clientId }))).toEqual(before);
  });

  it('builds a mailto: the window policy lets out', async () => {
    const emails = (await list()).flatMap((c) => (c.email ? [c.email] : []));
    const url = mailtoFor(emails);
    expect(url).toBe(`mailto:${emails.join(',')}`);
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
});
