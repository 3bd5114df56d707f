import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientEditableFields } from '../../shared/ipc/dto/client-details';
import { detailsFields } from './support/details-fields';
import { createTestCore, type TestCore } from './support/test-core';
import { clientAudit, loginRestricted, showcaseClientId, value } from './client-test-helpers';

let t: TestCore;
let agent: string;
let reader: string;
let clientId: number;
let clock = Date.parse('2026-11-22T15:00:00.000Z');

beforeAll(async () => {
  t = await createTestCore({ now: () => new Date(clock) });
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.detalhes');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

const current = async () => value(await t.call(agent, 'clients.get', { id: clientId }));

describe('clientDetails.update', () => {
  it('saves normalized fields and writes one audit row with only what changed', async () => {
    const before = await current();
    const auditBefore = clientAudit(t, clientId).length;
    const saved = value(
      await t.call(agent, 'clientDetails.update', {
        clientId,
        fields: {
          ...detailsFields(before),
          document: '02.407.786/0001-91',
          phones: ['(49) 3322-1100', '+55 49 99987-1234'],
          site: 'https://www.maximinosantin.com.br',
          paymentMethod: 'Pix',
        },
      }),
    );
    expect(saved.site).toBe('https://www.maximinosantin.com.br');
    expect(saved.paymentMethod).toBe('Pix');
    expect(saved.phones).toEqual(['4933221100', '49999871234']);
    expect((await current()).site).toBe('https://www.maximinosantin.com.br');
    const audit = clientAudit(t, clientId);
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({ action: 'Cadastro alterado', userName: 'Ana Souza' });
    expect(audit[0]?.changes).toEqual({
      site: { before: null, after: 'https://www.maximinosantin.com.br' },
      paymentMethod: { before: 'Boleto bancário', after: 'Pix' },
    });
  });

  it('"Dados compartilhados entre empresas" starts off, is saved when ticked and audited', async () => {
    const before = await current();
    expect(before.sharedAcrossCompanies).toBe(false);
    const saved = value(
      await t.call(agent, 'clientDetails.update', {
        clientId,
        fields: { ...detailsFields(before), sharedAcrossCompanies: true },
      }),
    );
    expect(saved.sharedAcrossCompanies).toBe(true);
    expect((await current()).sharedAcrossCompanies).toBe(true);
    expect(clientAudit(t, clientId)[0]?.changes).toEqual({
      sharedAcrossCompanies: { before: false, after: true },
    });
    value(
      await t.call(agent, 'clientDetails.update', {
        clientId,
        fields: { ...detailsFields(saved), sharedAcrossCompanies: false },
      }),
    );
    expect((await current()).sharedAcrossCompanies).toBe(false);
  });

  it('refuses an invalid CNPJ with CNPJ_INVALID and changes nothing', async () => {
    const before = await current();
    const auditBefore = clientAudit(t, clientId).length;
    const r = await t.call(agent, 'clientDetails.update', {
      clientId,
      fields: { ...detailsFields(before), document: '02.407.786/0001-07', legalName: 'Outro nome' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CNPJ_INVALID', message: expect.stringMatching(/CNPJ inválido/) },
    });
    expect((await current()).legalName).toBe(before.legalName);
    expect(clientAudit(t, clientId).length).toBe(auditBefore);
  });

  it('gives pt-BR messages for a bad e-mail, phone, site or CPF', async () => {
    const base = detailsFields(await current());
    const cases: [Partial<ClientEditableFields>, string, RegExp][] = [
      [{ emails: ['financeiro@empresa'] }, 'VALIDATION', /E-mail inválido: "financeiro@empresa"/],
      [{ phones: ['(20) 3333-4444'] }, 'VALIDATION', /Telefone inválido/],
      [{ site: 'javascript:alert(1)' }, 'VALIDATION', /Site inválido/],
      [{ document: '123.456.789-00' }, 'CPF_INVALID', /CPF inválido/],
      [{ legalName: '   ' }, 'VALIDATION', /Informe o nome da conta/],
    ];
    for (const [patch, code, message] of cases) {
      const r = await t.call(agent, 'clientDetails.update', { clientId, fields: { ...base, ...patch } });
      expect(r, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code } });
      expect(!r.ok && r.error.message).toMatch(message);
    }
  });

  it('switches the person type when a valid CPF replaces the CNPJ', async () => {
    const other = t.core.db
      .prepare("SELECT id FROM clients WHERE person_type = 'J' AND id <> ? LIMIT 1")
      .get(clientId) as {
      id: number;
    };
    const c = value(await t.call(agent, 'clients.get', { id: other.id }));
    const saved = value(
      await t.call(agent, 'clientDetails.update', {
        clientId: other.id,
        fields: { ...detailsFields(c), document: '529.982.247-25' },
      }),
    );
    expect(saved).toMatchObject({ document: '52998224725', personType: 'F' });
  });

  it('is refused with FORBIDDEN to a user without "Clientes - Editar cadastro"', async () => {
    const before = await current();
    const r = await t.call(reader, 'clientDetails.update', {
      clientId,
      fields: { ...detailsFields(before), legalName: 'Tentativa sem permissão' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/Editar cadastro/) },
    });
    expect((await current()).legalName).toBe(before.legalName);
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    const base = detailsFields(await current());
    const r = await t.call(agent, 'clientDetails.update', { clientId: 999_999, fields: base });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('clientDetails.saveNotes', () => {
  it('lets any logged-in user save, keeps updated_at and groups a typing burst in one audit row', async () => {
    const before = await current();
    const auditBefore = clientAudit(t, clientId).length;
    value(await t.call(reader, 'clientDetails.saveNotes', { clientId, notes: 'Ligar' }));
    clock += 5_000;
    value(await t.call(reader, 'clientDetails.saveNotes', { clientId, notes: 'Ligar depois das 14h' }));
    const after = await current();
    expect(after.notes).toBe('Ligar depois das 14h');
    expect(after.updatedAt).toBe(before.updatedAt);
    const audit = clientAudit(t, clientId);
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({
      action: 'Notas rápidas alteradas',
      userName: 'Usuário leitor.detalhes',
      changes: { notes: { before: before.notes, after: 'Ligar depois das 14h' } },
    });

    clock += 11 * 60_000;
    value(await t.call(reader, 'clientDetails.saveNotes', { clientId, notes: 'Ligar amanhã' }));
    expect(clientAudit(t, clientId).length).toBe(auditBefore + 2);
  });

  it('does not merge into another user’s notes entry', async () => {
    const auditBefore = clientAudit(t, clientId).length;
    clock += 1_000;
    value(await t.call(agent, 'clientDetails.saveNotes', { clientId, notes: 'Nota da Ana' }));
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      userName: 'Ana Souza',
      action: 'Notas rápidas alteradas',
    });
    expect(clientAudit(t, clientId).length).toBe(auditBefore + 1);
  });

  it('refuses notes over the size limit and keeps the previous text', async () => {
    const r = await t.call(agent, 'clientDetails.saveNotes', { clientId, notes: 'x'.repeat(20_001) });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await current()).notes).toBe('Nota da Ana');
  });

  it('needs a session', async () => {
    const r = await t.call('nobody', 'clientDetails.saveNotes', { clientId, notes: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
