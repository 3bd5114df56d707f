import { riskLabel, type SubjectProfile } from './subject-profile';
import { withData, type BlockEnvelope } from './envelope';

export function scoreBlock(profile: SubjectProfile): BlockEnvelope {
  const probability = Math.min(99, Math.max(1, Math.round(profile.score / 10.2)));
  return withData({
    score: profile.score,
    motivos: profile.pendencias.length > 0 ? ['Existência de pendências financeiras'] : [],
    risco: riskLabel(profile.score),
    descricao: `Score ${profile.score} de 1000.`,
    probabilidadePagamento: probability,
    descricaoPagamento: `Probabilidade de pagamento de ${probability}% nos próximos 12 meses.`,
  });
}

export function inquiriesBlock(profile: SubjectProfile, now: Date): BlockEnvelope {
  const last30 = profile.consultasUltimos30Dias;
  return withData({
    contagemUltimos15Dias: Math.floor(last30 / 2),
    contagemUltimos30Dias: last30,
    contagemUltimos31a60Dias: 1,
    contagemUltimos61a90Dias: 0,
    contagem90DiasMais: 2,
    detalhes:
      last30 === 0
        ? []
        : [
            {
              dataConsulta: now.toISOString().slice(0, 10),
              quantidadeConsultas: last30,
              segmento: 'Comércio atacadista',
            },
          ],
  });
}

/** Central Bank SCR summary; only present when the product has SCR and consent was given. */
export function scrBlock(profile: SubjectProfile): BlockEnvelope {
  const hasDebt = profile.pendencias.length > 0;
  return withData({
    dataBase: '2026-01',
    quantidadeInstituicoes: hasDebt ? 3 : 1,
    quantidadeOperacoes: hasDebt ? 5 : 1,
    carteiraAVencer: hasDebt ? 42_000 : 3_500,
    carteiraVencida: hasDebt ? 8_750 : 0,
    prejuizo: 0,
    limiteCredito: hasDebt ? 5_000 : 12_000,
  });
}
