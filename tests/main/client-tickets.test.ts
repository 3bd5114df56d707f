import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './support/test-core';
import { clientAudit, loginRestricted, showcaseClientId, value } from './client-test-helpers';

let t: TestCore;
let agent: string;
let reader: string;
let clientId: number;

beforeAll(async () => {
  t = await createTestCore();
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.suporte');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

const list = async () => value(await t.call(agent, 'clientTickets.list', { clientId }));

describe('support tickets', () => {
  it('lists open requests before closed ones, each with a SUP- reference', async () => {
    const rows = await list();
    expect(rows.map((r) => [r.description, r.status, r.progress])).toEqual([
      ['Boleto emitido com vencimento errado', 'open', 40],
      ['Mercadoria entregue com avaria na embalagem', 'closed', 100],
    ]);
    expect(rows[0]?.reference).toMatch(/^SUP-\d{6}$/);
  });

  it('opens a request, moves its progress and closes it, with Histórico rows', async () => {
    const ticket = value(
      await t.call(agent, 'clientTickets.create', { clientId, description: '  NF-e sem pedido de compra ' }),
    );
    expect(ticket).toMatchObject({ description: 'NF-e sem pedido de compra', progress: 0, status: 'open' });
    expect((await list())[0]?.id).toBe(ticket.id);
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: `Chamado aberto: ${ticket.reference}`,
      userName: 'Ana Souza',
    });

    value(await t.call(agent, 'clientTickets.updateProgress', { id: ticket.id, progress: 60 }));
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: `Progresso do chamado ${ticket.reference} atualizado`,
      changes: { progress: { before: 0, after: 60 } },
    });

    const closed = value(await t.call(agent, 'clientTickets.close', { id: ticket.id }));
    expect(closed).toMatchObject({ status: 'closed', progress: 100 });
    expect(closed.closedAt).not.toBeNull();
    expect(clientAudit(t, clientId)[0]?.action).toBe(`Chamado encerrado: ${ticket.reference}`);
    expect(
      await t.call(agent, 'clientTickets.updateProgress', { id: ticket.id, progress: 10 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('keeps progress between 0 and 100 and needs a description', async () => {
    const [open] = await list();
    for (const progress of [-1, 101, 33.5]) {
      expect(await t.call(agent, 'clientTickets.updateProgress', { id: open!.id, progress })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await t.call(agent, 'clientTickets.create', { clientId, description: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Descreva a solicitação.' },
    });
  });

  it('is every agent’s work: a user with no permission may open a request', async () => {
    const r = await t.call(reader, 'clientTickets.create', {
      clientId,
      description: 'Cliente pediu retorno',
    });
    expect(r.ok).toBe(true);
    expect(clientAudit(t, clientId)[0]?.userName).toBe('Usuário leitor.suporte');
  });
});
