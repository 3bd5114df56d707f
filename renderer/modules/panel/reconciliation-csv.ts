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

/** Hands the file to the browser as a download (both shells turn a Blob link into a saved file). */
export function saveText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
