import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeDocument } from '../../../tools/simulators/bureau/documents';
import { startBureauSimulator } from '../../../tools/simulators/bureau/server';
import { callSimulator, dig, loginToken, queryMix } from './test-client';
import type { BureauSimulatorHandle } from '../../../tools/simulators/bureau/types';

const SMART_PF = 'A1B2C3D4';

let sim: BureauSimulatorHandle;
let token: string;

beforeAll(async () => {
  sim = await startBureauSimulator();
  token = await loginToken(sim);
});
afterEach(() => sim.setFault(null));
afterAll(async () => {
  await sim.stop();
});

describe('falhas injetadas', () => {
  it('partial (§7 caso 8): 200 com isParcial, blocosComErros e smart com falha', async () => {
    sim.setFault({ kind: 'partial', block: 'smart' });
    const result = await queryMix(sim, token, { documento: '52998224725', identificadorProduto: SMART_PF });
    expect(result.status).toBe(200);
    expect(dig(result.json, 'mix')).toMatchObject({
      isParcial: true,
      blocosComErros: ['smart'],
      smart: { success: false, message: 'Erro ao processar a política de crédito.', data: null },
    });
    expect(dig(result.json, 'mix.score.data.score')).toBe(940);
  });

  it('status 503 com times: 1 responde HTML uma vez, não cobra, e depois volta ao normal', async () => {
    const before = sim.billedQueries();
    sim.setFault({ kind: 'status', status: 503, times: 1 });
    const failed = await queryMix(sim, token, { documento: '52998224725', identificadorProduto: SMART_PF });
    expect(failed.status).toBe(503);
    expect(failed.headers['content-type']).toContain('text/html');
    expect(sim.billedQueries()).toBe(before);
    const recovered = await queryMix(sim, token, {
      documento: '52998224725',
      identificadorProduto: SMART_PF,
    });
    expect(recovered.status).toBe(200);
    expect(sim.billedQueries()).toBe(before + 1);
  });

  it('status 500 permanente devolve JSON {codigo, mensagem}; o login não é afetado', async () => {
    sim.setFault({ kind: 'status', status: 500 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const failed = await queryMix(sim, token, { documento: '52998224725', identificadorProduto: SMART_PF });
      expect(failed.status).toBe(500);
      expect(dig(failed.json, 'codigo')).toBe('ERRO_INTERNO');
    }
    expect(await loginToken(sim)).toMatch(/\./);
  });

  it('latency atrasa a resposta', async () => {
    sim.setFault({ kind: 'latency', ms: 300 });
    const started = Date.now();
    const result = await queryMix(sim, token, { documento: '52998224725', identificadorProduto: SMART_PF });
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('timeoutAfterReceive: o cliente não recebe resposta, mas a consulta é cobrada e fica reutilizável', async () => {
    const documento = completeDocument('456789123');
    const before = sim.billedQueries();
    sim.setFault({ kind: 'timeoutAfterReceive', ms: 5_000 });
    await expect(
      queryMix(sim, token, { documento, identificadorProduto: SMART_PF }, 'body', 300),
    ).rejects.toMatchObject({ code: 'CLIENT_TIMEOUT' });
    expect(sim.billedQueries()).toBe(before + 1);
    sim.setFault(null);
    const reused = await queryMix(sim, token, {
      documento,
      identificadorProduto: SMART_PF,
      reutilizarDadosExistentes: true,
    });
    expect(reused.status).toBe(200);
    expect(sim.billedQueries()).toBe(before + 1);
  });

  it('timeoutAfterReceive curto termina com a conexão encerrada sem resposta', async () => {
    sim.setFault({ kind: 'timeoutAfterReceive', ms: 150 });
    await expect(
      queryMix(sim, token, { documento: '52998224725', identificadorProduto: SMART_PF }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNRESET|EPIPE/),
    });
  });

  it('falhas também valem para o resumo de contas a receber', async () => {
    sim.setFault({ kind: 'status', status: 502, times: 1 });
    const failed = await callSimulator(sim, { method: 'GET', path: '/api/v3/contas-receber/resumo', token });
    expect(failed.status).toBe(502);
    const ok = await callSimulator(sim, { method: 'GET', path: '/api/v3/contas-receber/resumo', token });
    expect(ok.status).toBe(200);
  });
});
