import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { ERP_TABLES } from '../../tools/simulators/erp/tables';
import { openApiErrors } from './support/erp-openapi';

const doc = JSON.parse(fs.readFileSync(path.resolve('docs/erp-gateway-api.openapi.json'), 'utf8')) as {
  openapi: string;
};

let sim: ErpSimulatorHandle;
beforeAll(async () => {
  sim = await startErpSimulator({ clients: 400 });
});
afterAll(() => sim.stop());

async function expectConforms(
  template: string,
  method: 'get' | 'put' | 'post',
  url: string,
  expected: number,
  init: { body?: unknown; token?: string; key?: string } = {},
): Promise<unknown> {
  const res = await fetch(sim.url + url, {
    method: method.toUpperCase(),
    headers: {
      authorization: `Bearer ${init.token ?? sim.token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.key ? { 'idempotency-key': init.key } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  expect(res.status, url).toBe(expected);
  const body = (await res.json()) as unknown;
  expect(openApiErrors(template, method, expected, body), `${method} ${url}`).toEqual([]);
  return body;
}

describe('the simulator follows docs/erp-gateway-api.openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('sobre, resumo financeiro, boletos and the boleto PDF', async () => {
    await expectConforms('/v1/sobre', 'get', '/v1/sobre', 200);
    await expectConforms(
      '/v1/clientes/{codigoCliente}/resumo-financeiro',
      'get',
      '/v1/clientes/82467786/resumo-financeiro',
      200,
    );
    await expectConforms('/v1/clientes/{codigoCliente}/boletos', 'get', '/v1/clientes/82467786/boletos', 200);
    await expectConforms(
      '/v1/clientes/{codigoCliente}/boletos/{identificador}/pdf',
      'get',
      '/v1/clientes/82467786/boletos/3000-0001355908/pdf',
      200,
    );
  });

  it('every table, on its first two pages and an incremental read', async () => {
    for (const table of ERP_TABLES) {
      const first = (await expectConforms(
        '/v1/tabelas/{tabela}',
        'get',
        `/v1/tabelas/${table}?tamanhoPagina=200`,
        200,
      )) as {
        proximaPagina: string | null;
        cursor: string;
        registros: unknown[];
      };
      expect(first.registros.length, table).toBeGreaterThan(0);
      if (first.proximaPagina)
        await expectConforms(
          '/v1/tabelas/{tabela}',
          'get',
          `/v1/tabelas/${table}?tamanhoPagina=200&pagina=${first.proximaPagina}`,
          200,
        );
      await expectConforms(
        '/v1/tabelas/{tabela}',
        'get',
        `/v1/tabelas/${table}?alteradoDesde=${encodeURIComponent(first.cursor)}`,
        200,
      );
    }
  });

  it('the write-backs and their reads', async () => {
    const person = { login: 'ana', nome: 'Ana' };
    await expectConforms(
      '/v1/clientes/{codigoCliente}/credito',
      'put',
      '/v1/clientes/82467786/credito',
      200,
      {
        key: 'k1',
        body: {
          situacaoFinanceira: 'ADIMPLENTE',
          limiteCredito: '12000.00',
          alteradoPor: person,
          motivo: 'Revisão',
        },
      },
    );
    await expectConforms(
      '/v1/consultas-bureau/{documento}',
      'post',
      '/v1/consultas-bureau/02407786000191',
      201,
      {
        key: 'k2',
        body: {
          consultadoEm: '2026-11-22T12:00:00Z',
          consultadoPor: person,
          estacao: 'PC-1',
          produto: 'B2C3D4E5',
          resumoResultado: 'Score 800',
        },
      },
    );
    await expectConforms(
      '/v1/consultas-bureau/{documento}',
      'get',
      '/v1/consultas-bureau/02407786000191',
      200,
    );
    await expectConforms('/v1/configuracoes/{chave}', 'put', '/v1/configuracoes/syncHost', 200, {
      key: 'k3',
      body: { valor: 'PC-1', alteradoPor: 'admin', versaoEsperada: 0 },
    });
    await expectConforms('/v1/configuracoes/{chave}', 'get', '/v1/configuracoes/syncHost', 200);
    await expectConforms('/v1/configuracoes', 'get', '/v1/configuracoes', 200);
  });

  it('the client register and address write-backs: applied, conflict (409) and refused (422)', async () => {
    const person = { login: 'ana', nome: 'Ana' };
    const applied = (await expectConforms(
      '/v1/clientes/{codigoCliente}',
      'put',
      '/v1/clientes/82467786',
      200,
      {
        key: 'c1',
        body: { campos: { site: 'https://novo.example.com.br' }, alteradoPor: person },
      },
    )) as { alteradoEm: string; campos: { site: string } };
    expect(applied.campos.site).toBe('https://novo.example.com.br');
    const conflict = (await expectConforms(
      '/v1/clientes/{codigoCliente}',
      'put',
      '/v1/clientes/82467786',
      409,
      {
        key: 'c2',
        body: {
          campos: { site: 'https://outro.example.com.br' },
          alteradoPor: person,
          versaoEsperada: '2026-11-22T18:00:00.000Z',
        },
      },
    )) as { atual: { alteradoEm: string } };
    expect(conflict.atual.alteradoEm).toBe(applied.alteradoEm);
    await expectConforms('/v1/clientes/{codigoCliente}', 'put', '/v1/clientes/82467786', 422, {
      key: 'c3',
      body: { campos: { site: 'http://sem-tls.example.com.br' }, alteradoPor: person },
    });
    const address = {
      logradouro: 'Rua A',
      numero: '1',
      complemento: '',
      bairro: 'Centro',
      cidade: 'Chapecó',
      uf: 'SC',
      cep: '89801000',
      fax: null,
      alteradoPor: person,
    };
    await expectConforms(
      '/v1/clientes/{codigoCliente}/enderecos/{tipo}',
      'put',
      '/v1/clientes/82467786/enderecos/cobranca',
      200,
      { key: 'c4', body: address },
    );
    await expectConforms(
      '/v1/clientes/{codigoCliente}/enderecos/{tipo}',
      'put',
      '/v1/clientes/82467786/enderecos/cobranca',
      422,
      { key: 'c5', body: { ...address, cep: '123' } },
    );
  });

  it('the error answers', async () => {
    await expectConforms('/v1/sobre', 'get', '/v1/sobre', 401, { token: 'wrong' });
    await expectConforms(
      '/v1/clientes/{codigoCliente}/resumo-financeiro',
      'get',
      '/v1/clientes/10000001/resumo-financeiro',
      404,
    );
    await expectConforms('/v1/tabelas/{tabela}', 'get', '/v1/tabelas/empresa?pagina=lixo', 400);
    await expectConforms('/v1/tabelas/{tabela}', 'get', '/v1/tabelas/clientes', 404);
    await expectConforms('/v1/configuracoes/{chave}', 'get', '/v1/configuracoes/nada', 404);
    await expectConforms('/v1/configuracoes/{chave}', 'put', '/v1/configuracoes/syncHost', 409, {
      key: 'k4',
      body: { valor: 'PC-2', alteradoPor: 'admin', versaoEsperada: 0 },
    });
    await expectConforms(
      '/v1/clientes/{codigoCliente}/credito',
      'put',
      '/v1/clientes/82467786/credito',
      422,
      {
        key: 'k1',
        body: {
          situacaoFinanceira: 'BLOQUEADO',
          limiteCredito: '1.00',
          alteradoPor: { login: 'a', nome: 'b' },
          motivo: 'x',
        },
      },
    );
    await expectConforms(
      '/v1/consultas-bureau/{documento}',
      'post',
      '/v1/consultas-bureau/02407786000191',
      400,
      {
        body: { consultadoEm: '2026-11-22T12:00:00Z' },
      },
    );
  });
});
