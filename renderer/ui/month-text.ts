/** pt-BR month names for charts and figures ("mar/26", "março de 2026"), from a 'YYYY-MM' key. */
const MONTHS = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];
const MONTHS_LONG = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

/** '2026-03' → 'mar/26'. */
export const shortMonth = (ym: string): string =>
  `${MONTHS[Number(ym.slice(5, 7)) - 1] ?? ym}/${ym.slice(2, 4)}`;
/** '2026-03' → 'março de 2026'. */
export const longMonth = (ym: string): string =>
  `${MONTHS_LONG[Number(ym.slice(5, 7)) - 1] ?? ym} de ${ym.slice(0, 4)}`;
