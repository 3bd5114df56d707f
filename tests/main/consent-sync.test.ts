import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantCandidates } from '../../electron/main/db/repos/activity-participants.repo';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import type { ErpGateway } from '../../electron/main/gateways/erp/erp-gateway';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { clientAudit, SHOWCASE_ERP_CODE, showcaseClientId, value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

let sim: ErpSimulatorHandle;
let t: TestCore;
let erp: ErpGateway;
let agent: string;

const flags = (id: number) =>
  t.core.db
    .prepare(
      'SELECT calls_allowed AS calls, messages_allowed AS messages, consent_changed_by AS by, erp_abc_class AS erpAbc FROM clients WHERE id = ?',
    )
    .get(id) as { calls: number; messages: number; by: string | null; erpAbc: string | null };

const sync = () => runErpSync(t.core, erp, { runId: null, tables: ['empresa', 'contato'] });

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 120 });
  t = await createTestCore({ clients: 120 });
  erp = createErpGateway({ baseUrl: sim.url, token: sim.token });
  agent = await t.loginAs('ana');
  await sync();
});
afterAll(async () => {
  t.close();
  await sim.stop();
});

describe('consent flags: ERP-owned, brought by the sync', () => {
  it("copies the ERP's flags and its own ABC class for every client", () => {
    const rows = t.core.db
      .prepare('SELECT erp_code, calls_allowed, messages_allowed, erp_abc_class FROM clients')
      .all() as {
      erp_code: string;
      calls_allowed: number;
      messages_allowed: number;
      erp_abc_class: string | null;
    }[];
    // The simulator blocks some clients' calls or messages and sends a class for a third of them.
    expect(rows.some((r) => r.calls_allowed === 0)).toBe(true);
    expect(rows.some((r) => r.messages_allowed === 0)).toBe(true);
    expect(rows.some((r) => r.erp_abc_class !== null)).toBe(true);
    expect(rows.some((r) => r.erp_abc_class === null)).toBe(true);
    // A client with the ERP's class shows it.
    const withClass = rows.find((r) => r.erp_abc_class !== null);
    const shown = t.core.db
      .prepare('SELECT abc_class FROM clients WHERE erp_code = ?')
      .pluck()
      .get(withClass?.erp_code);
    expect(shown).toBe(withClass?.erp_abc_class);
  });

  it('a consent change in the ERP reaches the header and Histórico with who and when', async () => {
    const id = showcaseClientId(t);
    expect(flags(id)).toMatchObject({ calls: 1, messages: 1 });
    const changedAt = sim.setConsent(SHOWCASE_ERP_CODE, { messages: false, by: 'Marta Lopes' });
    await sync();
    expect(flags(id)).toMatchObject({ calls: 1, messages: 0, by: 'Marta Lopes' });
    const header = value(await t.call(agent, 'clientHeader.summary', { clientId: id }));
    expect(header.consent).toEqual({
      callsAllowed: true,
      messagesAllowed: false,
      changedBy: 'Marta Lopes',
      changedAt,
    });
    const entry = clientAudit(t, id).find(
      (e) => e.action === 'Atualizado pelo ERP' && e.changes.messagesAllowed,
    );
    expect(entry?.userName).toBe('ERP');
    expect(entry?.changes.messagesAllowed).toEqual({ before: true, after: false });
    expect(entry?.changes.consentChangedBy).toEqual({ before: null, after: 'Marta Lopes' });
    expect(entry?.changes.consentChangedAt?.after).toBe(changedAt);
  });

  it("refuses to write to the client's contacts while messages are blocked, and drops them from pending notices", async () => {
    const id = showcaseClientId(t);
    const contact = participantCandidates(t.core.db, id).find((c) => c.kind === 'contact');
    expect(contact).toBeDefined();
    const refused = await t.call(agent, 'clientActivities.create', {
      clientId: id,
      kind: 'appointment',
      title: 'Visita técnica',
      dueAt: '2026-12-10T13:00:00.000Z',
      participants: [{ kind: 'contact', id: contact!.id }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toContain('Mensagens bloqueadas');
      expect(refused.error.message).toContain('Marta Lopes');
    }
    // The agent's own reminder is still fine.
    expect(
      (
        await t.call(agent, 'clientActivities.create', {
          clientId: id,
          kind: 'task',
          title: 'Revisar cadastro',
          dueAt: '2026-12-10T13:00:00.000Z',
        })
      ).ok,
    ).toBe(true);
  });

  it('the ERP lifting the block frees the channel again', async () => {
    const id = showcaseClientId(t);
    sim.setConsent(SHOWCASE_ERP_CODE, { messages: true, calls: false, by: 'Marta Lopes' });
    await sync();
    expect(flags(id)).toMatchObject({ calls: 0, messages: 1 });
    const header = value(await t.call(agent, 'clientHeader.summary', { clientId: id }));
    expect(header.consent.callsAllowed).toBe(false);
    expect(header.consent.messagesAllowed).toBe(true);
  });

  it('an ERP that sends no consent fields leaves both channels allowed', async () => {
    const { toClientRecord } = await import('../../electron/main/gateways/erp/erp-mappers');
    const { clientRowSchema } = await import('../../electron/main/gateways/erp/erp-schemas');
    const row = clientRowSchema.parse({
      chave: '1',
      codigo: '1',
      tipoPessoa: 'J',
      razaoSocial: 'Sem Consentimento Ltda',
      nomeFantasia: null,
      documento: '11222333000181',
      situacao: 'ATIVO',
      limiteCredito: '0.00',
      saldoDisponivel: '0.00',
      situacaoFinanceira: 'ADIMPLENTE',
      dataUltimoPedido: null,
      segmento: '',
      grupo: null,
      responsavel: '',
      emails: [],
      telefones: [],
      site: null,
      cidade: '',
      uf: 'SC',
      formaPagamento: '',
      criadoEm: '2026-01-01T00:00:00Z',
      alteradoEm: '2026-01-01T00:00:00Z',
    });
    expect(toClientRecord(row)).toMatchObject({
      callsAllowed: true,
      messagesAllowed: true,
      erpAbcClass: null,
      consentChangedBy: null,
    });
  });
});
