import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeDocument } from '../../../tools/simulators/bureau/documents';
import { startBureauSimulator } from '../../../tools/simulators/bureau/server';
import type { BureauSimulatorHandle } from '../../../tools/simulators/bureau/types';
import { dig, loginToken, queryMix } from './test-client';

const SMART_PF = 'A1B2C3D4';
const SMART_PJ = 'B2C3D4E5';
const KNOWN_CNPJ = completeDocument('987654320001');

let sim: BureauSimulatorHandle;
let token: string;

beforeAll(async () => {
  sim = await startBureauSimulator({
    subjects: (documento) =>
      documento === KNOWN_CNPJ
        ? { nome: 'Maximino Santin Comércio Ltda', nomeFantasia: 'Santin' }
        : undefined,
  });
  token = await loginToken(sim);
});
afterEach(() => sim.setFault(null));
afterAll(async () => {
  await sim.stop();
});

describe('o titular da resposta', () => {
  it('responde com o nome que o cadastro de titulares conhece para o documento consultado', async () => {
    const r = await queryMix(sim, token, { documento: KNOWN_CNPJ, identificadorProduto: SMART_PJ });
    expect(dig(r.json, 'mix.empresa.data')).toMatchObject({
      cnpj: KNOWN_CNPJ,
      razaoSocial: 'Maximino Santin Comércio Ltda',
      nomeFantasia: 'Santin',
    });
  });

  it('falha wrongSubject: outro documento e outro nome, ou o mesmo documento com outro nome', async () => {
    sim.setFault({ kind: 'wrongSubject', differs: 'document' });
    const other = await queryMix(sim, token, { documento: KNOWN_CNPJ, identificadorProduto: SMART_PJ });
    expect(dig(other.json, 'mix.empresa.data.cnpj')).not.toBe(KNOWN_CNPJ);
    expect(dig(other.json, 'mix.empresa.data.razaoSocial')).not.toBe('Maximino Santin Comércio Ltda');

    sim.setFault({ kind: 'wrongSubject', differs: 'name' });
    const renamed = await queryMix(sim, token, { documento: KNOWN_CNPJ, identificadorProduto: SMART_PJ });
    expect(dig(renamed.json, 'mix.empresa.data.cnpj')).toBe(KNOWN_CNPJ);
    expect(dig(renamed.json, 'mix.empresa.data.razaoSocial')).not.toBe('Maximino Santin Comércio Ltda');
  });
});

describe('respostas coerentes (perfis derivados do documento)', () => {
  it('score alto ⇒ risco baixo e sem restrições; reprovação por restrições diz quais', async () => {
    let restricted = 0;
    for (let i = 0; i < 60; i++) {
      const pj = i % 2 === 0;
      const documento = pj
        ? completeDocument(String(10_000_000_0001 + i * 7_919).padStart(12, '0'))
        : completeDocument(String(100_000_001 + i * 7_919));
      const r = await queryMix(sim, token, { documento, identificadorProduto: pj ? SMART_PJ : SMART_PF });
      const mix = dig(r.json, 'mix') as Record<string, unknown>;
      const score = dig(mix, 'score.data.score') as number;
      const risk = dig(mix, 'score.data.risco') as string;
      const parecer = dig(mix, 'smart.data.parecer') as { aprovado: boolean; motivo: string };
      const debts = dig(mix, 'pendenciasRestricoes.data.totalPendencias') as number | undefined;
      const hasRestrictions = typeof debts === 'number' && debts > 0;
      if (score >= 800) {
        expect(risk, documento).toBe('Baixo');
        expect(hasRestrictions, documento).toBe(false);
      }
      if (hasRestrictions) {
        restricted += 1;
        expect(['Alto', 'Muito alto'], documento).toContain(risk);
        expect(parecer.aprovado, documento).toBe(false);
        expect(parecer.motivo, documento).toMatch(/restrições ativas \(.*pendência/);
      }
      if (!parecer.aprovado) expect(parecer.motivo, documento).toMatch(/Reprovado pela política: \S/);
    }
    expect(restricted).toBeGreaterThan(0);
  });
});
