import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDocument } from '../../../tools/simulators/bureau/documents';
import { startBureauSimulator } from '../../../tools/simulators/bureau/server';
import { callSimulator, dig, loginToken, queryMix } from './test-client';
import type { BureauSimulatorHandle } from '../../../tools/simulators/bureau/types';

const SMART_PF = 'A1B2C3D4';
const SMART_PJ = 'B2C3D4E5';
const MIX_PF_SCR = 'C3D4E5F6';
const CLEAN_CPF = '52998224725';
const RESTRICTED_CNPJ = '11222333000181';

let sim: BureauSimulatorHandle;
let token: string;

beforeAll(async () => {
  sim = await startBureauSimulator();
  token = await loginToken(sim);
});
afterAll(async () => {
  await sim.stop();
});

function decodeJwtPart(tokenValue: string, index: number): Record<string, unknown> {
  const part = tokenValue.split('.')[index] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('login (§7 casos 1 e 2)', () => {
  it.each(['/api/v3/conta/entrar', '/api/v1/conta/entrar'])(
    '%s devolve token JWT, usuário e produtos',
    async (path) => {
      const result = await callSimulator(sim, {
        path,
        body: { email: 'api@empresa-demo.com.br', senha: 'demo-deps-2026' },
      });
      expect(result.status).toBe(200);
      const accessToken = dig(result.json, 'access_token') as string;
      expect(accessToken.split('.')).toHaveLength(3);
      expect(decodeJwtPart(accessToken, 0)).toEqual({ alg: 'HS256', typ: 'JWT' });
      const claims = decodeJwtPart(accessToken, 1);
      expect(claims.aud).toBe('portal.deps.com.br');
      expect((claims.exp as number) - (claims.iat as number)).toBe(18_000);
      expect(dig(result.json, 'expires_in')).toBe(18_000);
      expect(Object.keys(dig(result.json, 'user') as object).sort()).toEqual([
        'ativo',
        'clienteId',
        'email',
        'id',
        'nome',
        'permissao',
        'telefone',
      ]);
      const products = dig(result.json, 'produtos') as Array<{
        identificador: string;
        nome: string;
        tipoPessoa: string;
      }>;
      expect(products).toEqual(
        expect.arrayContaining([
          { identificador: SMART_PF, nome: 'Smart PF 001', tipoPessoa: 'F' },
          { identificador: SMART_PJ, nome: 'Smart PJ 001', tipoPessoa: 'J' },
        ]),
      );
      expect(
        products
          .filter((product) => product.nome.startsWith('Mix'))
          .map((product) => product.tipoPessoa)
          .sort(),
      ).toEqual(['F', 'J']);
    },
  );

  it('senha errada devolve 400 USUARIO_SENHA_INVALIDO', async () => {
    const result = await callSimulator(sim, {
      path: '/api/v3/conta/entrar',
      body: { email: 'api@empresa-demo.com.br', senha: 'errada' },
    });
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      codigo: 'USUARIO_SENHA_INVALIDO',
      mensagem: 'Usuário ou senha inválidos.',
    });
  });

  it.each([{ email: 'api@empresa-demo.com.br' }, { senha: 'demo-deps-2026' }, {}])(
    'campos ausentes (%j) devolvem 400',
    async (body) => {
      const result = await callSimulator(sim, { path: '/api/v3/conta/entrar', body });
      expect(result.status).toBe(400);
      expect(dig(result.json, 'codigo')).toBe('CAMPOS_OBRIGATORIOS');
      expect(typeof dig(result.json, 'mensagem')).toBe('string');
    },
  );

  it('aceita credenciais e validade configuradas', async () => {
    const custom = await startBureauSimulator({
      email: 'outro@demo.com.br',
      password: 's3nha',
      tokenTtlSeconds: 120,
    });
    try {
      const denied = await callSimulator(custom, {
        path: '/api/v3/conta/entrar',
        body: { email: 'api@empresa-demo.com.br', senha: 'demo-deps-2026' },
      });
      expect(denied.status).toBe(400);
      const accepted = await callSimulator(custom, {
        path: '/api/v3/conta/entrar',
        body: { email: 'outro@demo.com.br', senha: 's3nha' },
      });
      expect(dig(accepted.json, 'expires_in')).toBe(120);
    } finally {
      await custom.stop();
    }
  });
});

describe('bearer (§7 caso 3)', () => {
  const params = { documento: CLEAN_CPF, identificadorProduto: SMART_PF };

  it('sem cabeçalho Authorization devolve 401 com corpo vazio e não cobra', async () => {
    const before = sim.billedQueries();
    const result = await queryMix(sim, undefined, params);
    expect(result.status).toBe(401);
    expect(result.text).toBe('');
    expect(sim.billedQueries()).toBe(before);
    expect(sim.requests().at(-1)).toMatchObject({
      path: '/api/v3/consultas/depsmix',
      hasAuthorization: false,
    });
  });

  it('token sem a palavra Bearer ou adulterado devolve 401', async () => {
    expect(
      (await callSimulator(sim, { path: '/api/v3/consultas/depsmix', body: params, authorization: token }))
        .status,
    ).toBe(401);
    const tampered = `${token.slice(0, -2)}xx`;
    expect((await queryMix(sim, tampered, params)).status).toBe(401);
  });

  it('expireTokens invalida os tokens emitidos; novo login volta a funcionar', async () => {
    const local = await startBureauSimulator();
    try {
      const first = await loginToken(local);
      expect((await queryMix(local, first, params)).status).toBe(200);
      local.expireTokens();
      expect((await queryMix(local, first, params)).status).toBe(401);
      expect((await queryMix(local, await loginToken(local), params)).status).toBe(200);
    } finally {
      await local.stop();
    }
  });

  it('token vencido pelo relógio (expires_in) devolve 401', async () => {
    let clock = new Date('2026-03-02T12:00:00Z');
    const local = await startBureauSimulator({ tokenTtlSeconds: 60, now: () => clock });
    try {
      const shortLived = await loginToken(local);
      clock = new Date(clock.getTime() + 59_000);
      expect((await queryMix(local, shortLived, params)).status).toBe(200);
      clock = new Date(clock.getTime() + 2_000);
      expect((await queryMix(local, shortLived, params)).status).toBe(401);
    } finally {
      await local.stop();
    }
  });
});

describe('validação da consulta (§7 casos 4, 5 e 10)', () => {
  it('produto desconhecido devolve 400 {codigo, mensagem} sem cobrar', async () => {
    const before = sim.billedQueries();
    const result = await queryMix(sim, token, { documento: CLEAN_CPF, identificadorProduto: 'FFFFFFFF' });
    expect(result.status).toBe(400);
    expect(result.json).toEqual({ codigo: 'PRODUTO_NAO_ENCONTRADO', mensagem: expect.any(String) });
    expect(sim.billedQueries()).toBe(before);
  });

  it.each([
    ['12345678900', SMART_PF],
    ['11111111111', SMART_PF],
    ['11222333000182', SMART_PJ],
    ['1234567890', SMART_PF],
    ['123456789012345', SMART_PJ],
    ['12ABC34501DE00', SMART_PJ],
  ])('documento inválido %s devolve 400 DOCUMENTO_INVALIDO', async (documento, identificadorProduto) => {
    const before = sim.billedQueries();
    const result = await queryMix(sim, token, { documento, identificadorProduto });
    expect(result.status).toBe(400);
    expect(dig(result.json, 'codigo')).toBe('DOCUMENTO_INVALIDO');
    expect(sim.billedQueries()).toBe(before);
  });

  it('CNPJ alfanumérico válido é aceito', async () => {
    const documento = completeDocument('12ABC34501DE');
    const result = await queryMix(sim, token, { documento, identificadorProduto: SMART_PJ });
    expect(result.status).toBe(200);
    expect(dig(result.json, 'mix.empresa.data.cnpj')).toBe(documento);
  });

  it.each([
    [RESTRICTED_CNPJ, SMART_PF],
    [CLEAN_CPF, SMART_PJ],
  ])(
    'tipo de pessoa do produto diferente do documento (%s com %s) devolve 400',
    async (documento, identificadorProduto) => {
      const result = await queryMix(sim, token, { documento, identificadorProduto });
      expect(result.status).toBe(400);
      expect(dig(result.json, 'codigo')).toBe('PRODUTO_INCOMPATIVEL_DOCUMENTO');
    },
  );

  it('produto com SCR sem autorização devolve 400; com autorização traz o bloco scr', async () => {
    const denied = await queryMix(sim, token, {
      documento: CLEAN_CPF,
      identificadorProduto: MIX_PF_SCR,
      autorizacaoScr: false,
    });
    expect(denied.status).toBe(400);
    expect(dig(denied.json, 'codigo')).toBe('AUTORIZACAO_SCR_PENDENTE');
    const allowed = await queryMix(sim, token, {
      documento: CLEAN_CPF,
      identificadorProduto: MIX_PF_SCR,
      autorizacaoScr: true,
    });
    expect(allowed.status).toBe(200);
    expect(dig(allowed.json, 'mix.scr.success')).toBe(true);
    expect(dig(allowed.json, 'mix.smart')).toBeNull();
  });
});

describe('resultados determinísticos (§7 casos 6 e 7)', () => {
  it('CNPJ com restrições: score baixo, classificação C, limite 0, reprovado com motivo', async () => {
    const result = await queryMix(sim, token, { documento: RESTRICTED_CNPJ, identificadorProduto: SMART_PJ });
    expect(result.status).toBe(200);
    const mix = dig(result.json, 'mix');
    expect(dig(mix, 'empresa.data.cnpj')).toBe(RESTRICTED_CNPJ);
    expect(dig(mix, 'pessoa')).toBeNull();
    expect(dig(mix, 'score.data.score') as number).toBeLessThan(300);
    expect((dig(mix, 'pendenciasRestricoes.data.ocorrencias') as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(dig(mix, 'protestos.data')).not.toBeNull();
    expect(dig(mix, 'acoesJudiciais.data.totalAcoes') as number).toBeGreaterThanOrEqual(1);
    expect(dig(mix, 'smart.data.classificacao')).toMatchObject({ classificacao: 'C', limiteSugerido: 0 });
    expect(dig(mix, 'smart.data.parecer.aprovado')).toBe(false);
    expect(dig(mix, 'smart.data.parecer.motivo')).toEqual(expect.stringMatching(/\S/));
    expect(mix).toMatchObject({ versao: '3', isParcial: false, blocosComErros: [] });
    expect(dig(mix, 'historicoConsultaId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(dig(mix, 'dataConsulta') as string).getTime()).not.toBeNaN();
    expect(dig(result.json, 'consultasComplementares')).toEqual([]);
  });

  it('CPF limpo: score 940 risco Baixo, Nada consta, cheques com possuiInformacao, aprovado', async () => {
    const result = await queryMix(sim, token, { documento: CLEAN_CPF, identificadorProduto: SMART_PF });
    expect(result.status).toBe(200);
    const mix = dig(result.json, 'mix');
    expect(dig(mix, 'pessoa.data.cpf')).toBe(CLEAN_CPF);
    expect(dig(mix, 'empresa')).toBeNull();
    expect(dig(mix, 'score.data')).toMatchObject({ score: 940, risco: 'Baixo' });
    for (const block of [
      'pendenciasRestricoes',
      'protestos',
      'acoesJudiciais',
      'falenciasRecuperacaoJudicial',
    ]) {
      expect(dig(mix, block)).toEqual({ success: true, message: 'Nada consta.', data: null });
    }
    expect(dig(mix, 'restricoesCheques.possuiInformacao')).toBe(true);
    expect(dig(mix, 'restricoesCheques.chequesDevolvidosSemFundo')).toEqual({
      success: true,
      message: 'Nada consta.',
      data: null,
    });
    expect(dig(mix, 'smart.data.parecer.aprovado')).toBe(true);
    expect(dig(mix, 'smart.data.classificacao.limiteSugerido') as number).toBeGreaterThan(0);
  });

  it('limite requisitado acima do sugerido reprova e é ecoado', async () => {
    const result = await queryMix(sim, token, {
      documento: CLEAN_CPF,
      identificadorProduto: SMART_PF,
      limiteRequisitado: 50_000,
    });
    expect(dig(result.json, 'mix.smart.data.parecer.aprovado')).toBe(false);
    expect(dig(result.json, 'mix.smart.data.classificacao.limiteRequisitado')).toBe(50_000);
  });

  it('outros documentos: resultado estável derivado do documento, com variedade de perfis', async () => {
    const classifications = new Set<string>();
    let restricted = 0;
    let approved = 0;
    for (let index = 0; index < 30; index += 1) {
      const documento = completeDocument(String(100_000_000 + index * 7_654_321).slice(0, 9));
      const first = await queryMix(sim, token, { documento, identificadorProduto: SMART_PF });
      const second = await queryMix(sim, token, { documento, identificadorProduto: SMART_PF });
      expect(first.status).toBe(200);
      const smart = dig(first.json, 'mix.smart.data');
      expect(dig(second.json, 'mix.smart.data.classificacao.classificacao')).toBe(
        dig(smart, 'classificacao.classificacao'),
      );
      expect(dig(second.json, 'mix.score.data.score')).toBe(dig(first.json, 'mix.score.data.score'));
      expect(dig(second.json, 'mix.historicoConsultaId')).not.toBe(
        dig(first.json, 'mix.historicoConsultaId'),
      );
      expect(['E', 'D', 'C', 'B', 'BB', 'BBB', 'A', 'AA', 'AAA']).toContain(
        dig(smart, 'classificacao.classificacao'),
      );
      expect(Number.isInteger(dig(smart, 'classificacao.limiteSugerido'))).toBe(true);
      classifications.add(dig(smart, 'classificacao.classificacao') as string);
      const hasDebts = dig(first.json, 'mix.pendenciasRestricoes.data') !== null;
      if (hasDebts) restricted += 1;
      if (dig(smart, 'parecer.aprovado') === true) {
        approved += 1;
        expect(hasDebts).toBe(false);
      }
    }
    expect(classifications.size).toBeGreaterThan(3);
    expect(restricted).toBeGreaterThan(0);
    expect(approved).toBeGreaterThan(0);
  });
});

describe('parâmetros no corpo ou na query string', () => {
  it('os dois formatos dão o mesmo resultado; nomes sem diferenciar maiúsculas', async () => {
    const viaBody = await queryMix(sim, token, {
      documento: RESTRICTED_CNPJ,
      identificadorProduto: SMART_PJ,
      limiteRequisitado: 1000,
      version: 2,
    });
    const viaQuery = await queryMix(
      sim,
      token,
      { documento: RESTRICTED_CNPJ, identificadorProduto: SMART_PJ, limiterequisitado: 1000, version: 2 },
      'query',
    );
    expect(viaQuery.status).toBe(200);
    const withoutValidity = (value: unknown): unknown => ({ ...(value as object), validade: null });
    expect(withoutValidity(dig(viaQuery.json, 'mix.smart.data.classificacao'))).toEqual(
      withoutValidity(dig(viaBody.json, 'mix.smart.data.classificacao')),
    );
    expect(dig(viaQuery.json, 'mix.score')).toEqual(dig(viaBody.json, 'mix.score'));
    expect(dig(viaQuery.json, 'mix.smart.data.classificacao.limiteRequisitado')).toBe(1000);
    const recorded = sim.requests().slice(-2);
    expect(recorded[0]?.body).toMatchObject({ documento: RESTRICTED_CNPJ });
    expect(recorded[1]).toMatchObject({
      body: null,
      query: { documento: RESTRICTED_CNPJ, limiterequisitado: '1000' },
    });
  });

  it('quando os dois trazem o mesmo parâmetro, vale o corpo', async () => {
    const result = await callSimulator(sim, {
      path: `/api/v3/consultas/depsmix?documento=${RESTRICTED_CNPJ}&identificadorProduto=${SMART_PJ}`,
      body: { documento: CLEAN_CPF, identificadorProduto: SMART_PF },
      token,
    });
    expect(dig(result.json, 'mix.pessoa.data.cpf')).toBe(CLEAN_CPF);
  });

  it('booleano inválido e corpo que não é JSON devolvem 400', async () => {
    const badBoolean = await queryMix(
      sim,
      token,
      { documento: CLEAN_CPF, identificadorProduto: SMART_PF, reutilizarDadosExistentes: 'talvez' },
      'query',
    );
    expect(dig(badBoolean.json, 'codigo')).toBe('PARAMETRO_INVALIDO');
    const notJson = await callSimulator(sim, {
      path: '/api/v3/consultas/depsmix',
      rawBody: '{documento:',
      token,
    });
    expect(notJson.status).toBe(400);
  });
});

describe('reutilização e cobrança (§7 caso 9)', () => {
  it('sem consulta anterior, reutilizar devolve 400 SEM_CONSULTA_REUTILIZAVEL sem cobrar', async () => {
    const before = sim.billedQueries();
    const result = await queryMix(sim, token, {
      documento: '39053344705',
      identificadorProduto: SMART_PF,
      reutilizarDadosExistentes: true,
    });
    expect(result.status).toBe(400);
    expect(dig(result.json, 'codigo')).toBe('SEM_CONSULTA_REUTILIZAVEL');
    expect(sim.billedQueries()).toBe(before);
  });

  it('consulta nova cobra; reutilizada devolve a mesma consulta sem cobrar', async () => {
    const documento = completeDocument('771234560');
    const before = sim.billedQueries();
    const fresh = await queryMix(sim, token, {
      documento,
      identificadorProduto: SMART_PF,
      reutilizarDadosExistentes: false,
    });
    expect(sim.billedQueries()).toBe(before + 1);
    const reused = await queryMix(
      sim,
      token,
      { documento, identificadorProduto: SMART_PF, reutilizarDadosExistentes: 'true' },
      'query',
    );
    expect(reused.status).toBe(200);
    expect(dig(reused.json, 'mix.historicoConsultaId')).toBe(dig(fresh.json, 'mix.historicoConsultaId'));
    expect(sim.billedQueries()).toBe(before + 1);
  });

  it('a reutilização vale por 90 dias', async () => {
    let clock = new Date('2026-01-10T12:00:00Z');
    const local = await startBureauSimulator({ now: () => clock, tokenTtlSeconds: 365 * 24 * 3600 });
    try {
      const localToken = await loginToken(local);
      const reuse = { documento: CLEAN_CPF, identificadorProduto: SMART_PF, reutilizarDadosExistentes: true };
      await queryMix(local, localToken, { documento: CLEAN_CPF, identificadorProduto: SMART_PF });
      clock = new Date(clock.getTime() + 89 * 24 * 3600 * 1000);
      expect((await queryMix(local, localToken, reuse)).status).toBe(200);
      clock = new Date(clock.getTime() + 2 * 24 * 3600 * 1000);
      expect(dig((await queryMix(local, localToken, reuse)).json, 'codigo')).toBe(
        'SEM_CONSULTA_REUTILIZAVEL',
      );
      expect(local.billedQueries()).toBe(1);
    } finally {
      await local.stop();
    }
  });
});
