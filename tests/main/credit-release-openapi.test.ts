/**
 * Liberação de crédito against docs/erp-gateway-api.openapi.json: the simulator's orders (with
 * their credit situation) and the release/reject endpoints answer what the file declares, for
 * success, each 409 and the errors; the console's request bodies follow the file too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { openApiErrors, requestBodyErrors } from './support/erp-openapi';

let sim: ErpSimulatorHandle;
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 400 });
});
afterAll(() => sim.stop());

async function call(method: string, url: string, body?: unknown, key?: string) {
  const res = await fetch(sim.url + url, {
    method,
    headers: {
      authorization: `Bearer ${sim.token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

type Order = Record<string, unknown> & { chave: string; alteradoEm: string; situacaoCredito: string };

async function allOrders(): Promise<Order[]> {
  const out: Order[] = [];
  let token: string | null = null;
  do {
    const r = await call('GET', `/v1/tabelas/pedido?tamanhoPagina=5000${token ? `&pagina=${token}` : ''}`);
    expect(openApiErrors('/v1/tabelas/{tabela}', 'get', 200, r.body)).toEqual([]);
    out.push(...(r.body.registros as Order[]));
    token = r.body.proximaPagina as string | null;
  } while (token);
  return out;
}

const RELEASE = '/v1/pedidos/{numero}/liberacao-credito';
const REJECT = '/v1/pedidos/{numero}/rejeicao-credito';
const by = { login: 'ana', nome: 'Ana Souza' };

describe('orders and credit decisions follow the OpenAPI file', () => {
  let orders: Order[];
  beforeAll(async () => {
    orders = await allOrders();
  });

  it('blocks a realistic share of the open orders, each with a reason that follows from the client', () => {
    const open = orders.filter((o) => o.situacao === 'ABERTO');
    const blocked = open.filter((o) => o.situacaoCredito === 'BLOQUEADO');
    expect(open.length).toBeGreaterThan(40);
    expect(blocked.length / open.length).toBeGreaterThan(0.15);
    expect(blocked.length / open.length).toBeLessThan(0.9);
    expect(new Set(blocked.map((o) => o.motivoBloqueio))).toEqual(
      new Set(['LIMITE_EXCEDIDO', 'TITULOS_VENCIDOS', 'CLIENTE_BLOQUEADO', 'SEM_LIMITE']),
    );
    // The demo's by-client release: client index 1 (ERP 54271187) waits with three blocked orders.
    expect(blocked.filter((o) => o.empresa === '54271187')).toHaveLength(3);
    // Invoiced orders had their credit released.
    expect(
      orders.filter((o) => o.situacao === 'FATURADO').every((o) => o.situacaoCredito === 'LIBERADO'),
    ).toBe(true);
  });

  it('GET /v1/pedidos/{numero}, 200 and 404', async () => {
    const o = orders[0] as Order;
    const r = await call('GET', `/v1/pedidos/${o.chave}`);
    expect(r.status).toBe(200);
    expect(openApiErrors('/v1/pedidos/{numero}', 'get', 200, r.body)).toEqual([]);
    const missing = await call('GET', '/v1/pedidos/P999999999');
    expect(missing.status).toBe(404);
    expect(openApiErrors('/v1/pedidos/{numero}', 'get', 404, missing.body)).toEqual([]);
  });

  it('release: 200 with the new version, then 409 PEDIDO_JA_LIBERADO; the same key replays the first answer', async () => {
    const o = orders.find((x) => x.situacaoCredito === 'BLOQUEADO') as Order;
    const body = { versaoEsperada: o.alteradoEm, liberadoPor: by };
    expect(requestBodyErrors(RELEASE, 'post', body)).toEqual([]);
    const first = await call('POST', `/v1/pedidos/${o.chave}/liberacao-credito`, body, 'k-release-1');
    expect(first.status).toBe(200);
    expect(openApiErrors(RELEASE, 'post', 200, first.body)).toEqual([]);
    const pedido = first.body.pedido as Order;
    expect(pedido).toMatchObject({ situacaoCredito: 'LIBERADO', motivoBloqueio: null, decididoPor: by });
    expect(pedido.alteradoEm > o.alteradoEm).toBe(true);
    const replay = await call('POST', `/v1/pedidos/${o.chave}/liberacao-credito`, body, 'k-release-1');
    expect(replay).toEqual(first);
    const again = await call('POST', `/v1/pedidos/${o.chave}/liberacao-credito`, body, 'k-release-2');
    expect(again.status).toBe(409);
    expect(openApiErrors(RELEASE, 'post', 409, again.body)).toEqual([]);
    expect(again.body.codigo).toBe('PEDIDO_JA_LIBERADO');
  });

  it('409 VERSAO_DIVERGENTE when the order changed in the ERP after the version the analyst saw', async () => {
    const o = orders.filter((x) => x.situacaoCredito === 'BLOQUEADO')[1] as Order;
    sim.changeOrder(o.chave, { valorCents: 123_456 });
    const r = await call(
      'POST',
      `/v1/pedidos/${o.chave}/liberacao-credito`,
      { versaoEsperada: o.alteradoEm, liberadoPor: by },
      'k-release-3',
    );
    expect(r.status).toBe(409);
    expect(openApiErrors(RELEASE, 'post', 409, r.body)).toEqual([]);
    expect(r.body).toMatchObject({ codigo: 'VERSAO_DIVERGENTE', atual: { valorTotal: '1234.56' } });
  });

  it('reject: 200, 422 without a reason, 400 without the key or the version, 404 for an unknown order', async () => {
    const o = orders.filter((x) => x.situacaoCredito === 'BLOQUEADO')[2] as Order;
    const noReason = await call(
      'POST',
      `/v1/pedidos/${o.chave}/rejeicao-credito`,
      { versaoEsperada: o.alteradoEm, rejeitadoPor: by, motivo: ' ' },
      'k-reject-0',
    );
    expect(noReason.status).toBe(422);
    expect(openApiErrors(REJECT, 'post', 422, noReason.body)).toEqual([]);
    const noKey = await call('POST', `/v1/pedidos/${o.chave}/rejeicao-credito`, { rejeitadoPor: by });
    expect(noKey.status).toBe(400);
    expect(openApiErrors(REJECT, 'post', 400, noKey.body)).toEqual([]);
    const noVersion = await call(
      'POST',
      `/v1/pedidos/${o.chave}/rejeicao-credito`,
      { rejeitadoPor: by },
      'k-x',
    );
    expect(noVersion.status).toBe(400);
    const body = { versaoEsperada: o.alteradoEm, rejeitadoPor: by, motivo: 'Títulos vencidos em aberto' };
    expect(requestBodyErrors(REJECT, 'post', body)).toEqual([]);
    const ok = await call('POST', `/v1/pedidos/${o.chave}/rejeicao-credito`, body, 'k-reject-1');
    expect(ok.status).toBe(200);
    expect(openApiErrors(REJECT, 'post', 200, ok.body)).toEqual([]);
    expect(ok.body.pedido).toMatchObject({ situacaoCredito: 'REJEITADO', motivoRejeicao: body.motivo });
    const unknown = await call('POST', '/v1/pedidos/P999999999/rejeicao-credito', body, 'k-reject-2');
    expect(unknown.status).toBe(404);
    expect(openApiErrors(REJECT, 'post', 404, unknown.body)).toEqual([]);
  });

  it('an incremental read brings the decided and changed orders', async () => {
    const since = '2026-11-23T00:00:00.000Z';
    const r = await call('GET', `/v1/tabelas/pedido?alteradoDesde=${encodeURIComponent(since)}`);
    expect(openApiErrors('/v1/tabelas/{tabela}', 'get', 200, r.body)).toEqual([]);
    const states = (r.body.registros as Order[]).map((o) => o.situacaoCredito).sort();
    expect(states).toEqual(['BLOQUEADO', 'LIBERADO', 'REJEITADO']);
  });
});
