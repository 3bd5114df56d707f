import type { ReconciliationRow } from '../../../shared/ipc/dto/panel';

/** Centavos as a pt-BR spreadsheet number: "1234,56". */
const decimal = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)},${digits.slice(-2)}`;
};

const cell = (v: string | number): string => {
  const s = String(v);
  return /[";\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const HEAD = [
  'Exportação',
  'Execução',
  'Data de negócio',
  'Tipo',
  'Situação',
  'Linhas (Central)',
  'Linhas (bureau)',
  'Diferença de linhas',
  'Soma (Central)',
  'Soma (bureau)',
  'Diferença de soma',
  'Hash das chaves (Central)',
  'Hash das chaves (bureau)',
  'Chaves conferem',
  'Lotes confirmados',
  'Linhas recusadas',
];

/** The reconciliation as CSV for Excel in pt-BR (";" separator, decimal comma, BOM for the accents). */
export function reconciliationCsv(rows: ReconciliationRow[]): string {
  const lines = rows.map((r) =>
    [
      r.exportId,
      r.runId ?? '',
      r.businessDate,
      r.kind === 'full' ? 'carga completa' : 'diário',
      r.status === 'done' ? 'concluída' : 'enviando',
      r.local.rows,
      r.confirmed.rows,
      r.difference.rows,
      decimal(r.local.amountCents),
      decimal(r.confirmed.amountCents),
      decimal(r.difference.amountCents),
      r.local.keysHash,
      r.confirmed.keysHash,
      r.difference.sameKeys ? 'sim' : 'não',
      `${r.batchesConfirmed}/${r.batches}`,
      r.rejectedRows,
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[HEAD.join(';'), ...lines].join('\r\n')}\r\n`;
}
