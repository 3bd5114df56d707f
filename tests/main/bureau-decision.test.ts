import { describe, expect, it } from 'vitest';
import { mapDecision } from '../../electron/main/gateways/bureau/mappers/decision.mapper';

const nada = { success: true, message: 'Nada consta.', data: null };
const mix = (over: Record<string, unknown>) => ({
  mix: {
    isParcial: false,
    blocosComErros: [],
    score: { success: true, message: null, data: { score: 700, risco: 'Médio' } },
    smart: null,
    pendenciasRestricoes: nada,
    protestos: nada,
    acoesJudiciais: nada,
    falenciasRecuperacaoJudicial: nada,
    restricoesCheques: {
      possuiInformacao: true,
      chequesDevolvidosSemFundo: nada,
      chequesDevolvidosOutrosMotivos: nada,
      chequesSustados: nada,
      chequesDevolvidosInformadosUsuario: nada,
    },
    ...over,
  },
});
const restriction = (raw: unknown, key: string) => mapDecision(raw)?.restrictions.find((r) => r.key === key);

describe('decision view: a block is only clean when the bureau says so', () => {
  it('reads the array-wrapped answer and a stored JSON text', () => {
    expect(mapDecision([mix({})])?.score.score).toBe(700);
    expect(mapDecision(JSON.stringify(mix({})))?.score.risk).toBe('Médio');
    expect(mapDecision('<html>502</html>')).toBeNull();
    expect(mapDecision({ nada: true })).toBeNull();
  });

  it('a block listed in blocosComErros is failed even if it claims success', () => {
    const d = mapDecision(mix({ blocosComErros: ['protestos'], isParcial: true }))!;
    expect(d.partial).toBe(true);
    expect(d.restrictions.find((r) => r.key === 'protestos')).toMatchObject({ state: 'failed', count: null });
  });

  it('an unexpected shape is a failure; a missing block is "not included"; no data is "Sem informação"', () => {
    expect(restriction(mix({ acoesJudiciais: 'erro' }), 'acoesJudiciais')?.state).toBe('failed');
    expect(restriction(mix({ acoesJudiciais: null }), 'acoesJudiciais')?.state).toBe('notIncluded');
    expect(
      restriction(
        mix({ acoesJudiciais: { success: true, message: 'Sem informação.', data: null } }),
        'acoesJudiciais',
      ),
    ).toMatchObject({ state: 'noInfo', message: 'Sem informação.' });
    expect(mapDecision(mix({}))?.opinion.state).toBe('notIncluded');
  });

  it('one failed cheque child makes the cheque block failed; no information stays no information', () => {
    const failedChild = mix({
      restricoesCheques: {
        possuiInformacao: true,
        chequesDevolvidosSemFundo: nada,
        chequesSustados: { success: false, message: 'Timeout no CCF', data: null },
      },
    });
    expect(restriction(failedChild, 'cheques')).toMatchObject({ state: 'failed', message: 'Timeout no CCF' });
    expect(restriction(mix({ restricoesCheques: { possuiInformacao: false } }), 'cheques')?.state).toBe(
      'noInfo',
    );
  });

  it('reads protests as a bare list too and sums their amounts in centavos', () => {
    const list = mix({
      protestos: {
        success: true,
        message: null,
        data: [
          { cartorio: '1º Tabelionato', valor: 100.1, data: '2025-01-02' },
          { cartorio: '2º Tabelionato', valor: 0.2, data: '2025-02-03' },
        ],
      },
    });
    expect(restriction(list, 'protestos')).toMatchObject({ state: 'found', count: 2, totalCents: 10_030 });
  });

  it('a Smart block without an opinion says so instead of inventing one', () => {
    const d = mapDecision(
      mix({
        smart: {
          success: true,
          message: null,
          data: { classificacao: { classificacao: 'B', limiteSugerido: 1000 } },
        },
      }),
    )!;
    expect(d.classification).toMatchObject({ state: 'found', suggestedLimitCents: 100_000 });
    expect(d.opinion).toMatchObject({ state: 'noInfo', approved: null });
  });
});
