import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientAddress } from '../../shared/ipc/dto/client-addresses';
import { googleMapsUrl } from '../../shared/domain/addresses';
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
  reader = await loginRestricted(t, 'leitor.enderecos');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

const list = async (session = agent) => value(await t.call(session, 'clientAddresses.list', { clientId }));
const fields = (a: ClientAddress) => {
  const { kind: _kind, ...rest } = a;
  return rest;
};

describe('client addresses', () => {
  it('lists the demo delivery and billing addresses, entrega first', async () => {
    const rows = await list(reader);
    expect(rows.map((a) => a.kind)).toEqual(['delivery', 'billing']);
    expect(rows[0]).toMatchObject({
      street: 'Avenida Getúlio Vargas',
      city: 'Chapecó',
      uf: 'SC',
      cep: '89801000',
    });
  });

  it('edits an address in place, normalizing CEP, UF and fax, with an audit row of the changed fields', async () => {
    const billing = (await list()).find((a) => a.kind === 'billing') as ClientAddress;
    const saved = value(
      await t.call(agent, 'clientAddresses.save', {
        clientId,
        kind: 'billing',
        ...fields(billing),
        complement: ' Sala 2 ',
        cep: '89801-001',
        uf: 'sc',
        fax: '(49) 3322-1101',
      }),
    );
    expect(saved).toMatchObject({ complement: 'Sala 2', cep: '89801001', uf: 'SC', fax: '4933221101' });
    expect((await list()).find((a) => a.kind === 'billing')).toEqual(saved);
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Endereço de faturamento alterado',
      userName: 'Ana Souza',
      changes: {
        complement: { before: '', after: 'Sala 2' },
        cep: { before: '89801000', after: '89801001' },
        fax: { before: null, after: '4933221101' },
      },
    });
  });

  it('adds and removes Endereço 2, each in the Histórico', async () => {
    value(
      await t.call(agent, 'clientAddresses.save', {
        clientId,
        kind: 'extra2',
        street: 'Rua Marechal Deodoro',
        number: '455',
        complement: '',
        district: 'Centro',
        city: 'Chapecó',
        uf: 'SC',
        cep: '89802-141',
        fax: null,
      }),
    );
    expect((await list()).map((a) => a.kind)).toEqual(['delivery', 'billing', 'extra2']);
    expect(clientAudit(t, clientId)[0]?.action).toBe('Endereço 2 adicionado');
    value(await t.call(agent, 'clientAddresses.remove', { clientId, kind: 'extra2' }));
    expect((await list()).map((a) => a.kind)).toEqual(['delivery', 'billing']);
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Endereço 2 removido',
      changes: { street: { before: 'Rua Marechal Deodoro', after: null } },
    });
  });

  it('explains a bad CEP, UF or fax in pt-BR and saves nothing', async () => {
    const delivery = (await list())[0] as ClientAddress;
    const auditBefore = clientAudit(t, clientId).length;
    for (const [patch, message] of [
      [{ cep: '8980' }, /CEP inválido/],
      [{ uf: 'XX' }, /UF/],
      [{ fax: '123' }, /Fax inválido/],
      [{ street: '' }, /logradouro/],
    ] as const) {
      const r = await t.call(agent, 'clientAddresses.save', {
        clientId,
        ...fields(delivery),
        ...patch,
        kind: 'delivery',
      });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!r.ok && r.error.message).toMatch(message);
    }
    expect((await list())[0]).toEqual(delivery);
    expect(clientAudit(t, clientId).length).toBe(auditBefore);
  });

  it('never removes the delivery address', async () => {
    const r = await t.call(agent, 'clientAddresses.remove', { clientId, kind: 'delivery' as 'extra2' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses edits with FORBIDDEN without "Clientes - Editar cadastro"', async () => {
    const delivery = (await list())[0] as ClientAddress;
    const r = await t.call(reader, 'clientAddresses.save', { clientId, ...delivery, street: 'Rua Nova' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const removal = await t.call(reader, 'clientAddresses.remove', { clientId, kind: 'extra3' });
    expect(removal).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await list())[0]?.street).toBe(delivery.street);
  });
});

describe('the Mapa link', () => {
  it('is a Google Maps search the Electron window policy lets out, and nothing else is', async () => {
    const delivery = (await list())[0] as ClientAddress;
    const url = googleMapsUrl(delivery);
    expect(url).toBe(
      'https://www.google.com/maps/search/?api=1&query=' +
        encodeURIComponent('Avenida Getúlio Vargas, 1200 - Centro, Chapecó - SC, 89801-000'),
    );
    expect(isAllowedExternalUrl(url)).toBe(true);
    for (const other of [
      'https://www.google.com/search?q=x',
      'https://maps.google.com/maps/search/?api=1&query=x',
      'http://www.google.com/maps/search/?api=1&query=x',
      'https://www.google.com.evil.example/maps/search/?query=x',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
    ]) {
      expect(isAllowedExternalUrl(other), other).toBe(false);
    }
  });
});
