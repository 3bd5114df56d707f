import { classifyDocument } from './documents';
import { titleKey } from './receivables-store';
import type { MovementKind, ReceivableRow, ReceivableSituation } from './types';

export interface RowRejection {
  indice: number;
  chave: string | null;
  motivo: string;
}

const SITUATIONS: readonly ReceivableSituation[] = ['aberto', 'pago', 'parcial', 'estornado', 'cancelado'];
const MOVEMENT_KINDS: readonly MovementKind[] = ['entry', 'payment', 'payment_reversal'];

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isCentavos(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Every problem of one row, in pt-BR; empty when the row is well formed. */
function rowProblems(row: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!nonEmptyString(row.chave)) problems.push('chave ausente');
  const document = row.documentoCliente;
  if (typeof document !== 'string' || classifyDocument(document) === null) {
    problems.push('documentoCliente inválido (CPF/CNPJ sem máscara com dígitos verificadores corretos)');
  }
  if (!nonEmptyString(row.numeroTitulo)) problems.push('numeroTitulo ausente');
  if (typeof row.parcela !== 'number' || !Number.isInteger(row.parcela) || row.parcela < 1) {
    problems.push('parcela deve ser um inteiro maior que zero');
  }
  if (!isIsoDate(row.dataEmissao)) problems.push('dataEmissao inválida (esperado AAAA-MM-DD)');
  if (!isIsoDate(row.dataVencimento)) problems.push('dataVencimento inválida (esperado AAAA-MM-DD)');
  if (row.dataPagamento !== null && !isIsoDate(row.dataPagamento)) {
    problems.push('dataPagamento inválida (esperado AAAA-MM-DD ou null)');
  }
  if (!isCentavos(row.valorCentavos)) problems.push('valorCentavos deve ser um inteiro não negativo');
  if (!isCentavos(row.valorPagoCentavos)) problems.push('valorPagoCentavos deve ser um inteiro não negativo');
  if (!SITUATIONS.includes(row.situacao as ReceivableSituation)) problems.push('situacao desconhecida');
  if (!MOVEMENT_KINDS.includes(row.tipoMovimento as MovementKind))
    problems.push('tipoMovimento desconhecido');
  return problems;
}

/** Keeps only the known fields, in a fixed order, so equal content compares equal. */
function toRow(row: Record<string, unknown>): ReceivableRow {
  const known = row as unknown as ReceivableRow;
  return {
    chave: known.chave,
    documentoCliente: known.documentoCliente,
    numeroTitulo: known.numeroTitulo,
    parcela: known.parcela,
    dataEmissao: known.dataEmissao,
    dataVencimento: known.dataVencimento,
    valorCentavos: known.valorCentavos,
    valorPagoCentavos: known.valorPagoCentavos,
    dataPagamento: known.dataPagamento,
    situacao: known.situacao,
    tipoMovimento: known.tipoMovimento,
  };
}

export type BatchValidation = { ok: true; rows: ReceivableRow[] } | { ok: false; rejected: RowRejection[] };

/**
 * Validates a whole batch. A payment or reversal needs an `entry` for the same title
 * (document + number + installment) earlier in the batch or already stored.
 */
export function validateBatch(rows: unknown[], hasStoredEntry: (title: string) => boolean): BatchValidation {
  const rejected: RowRejection[] = [];
  const accepted = new Map<string, ReceivableRow>();
  const contentByKey = new Map<string, string>();
  const titlesWithEntry = new Set<string>();

  rows.forEach((candidate, indice) => {
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
      rejected.push({ indice, chave: null, motivo: 'registro não é um objeto' });
      return;
    }
    const row = candidate as Record<string, unknown>;
    const problems = rowProblems(row);
    const chave = typeof row.chave === 'string' ? row.chave : null;
    if (problems.length === 0) {
      const valid = toRow(row);
      const title = titleKey(valid);
      if (valid.tipoMovimento === 'entry') titlesWithEntry.add(title);
      else if (!titlesWithEntry.has(title) && !hasStoredEntry(title)) {
        problems.push(`${valid.tipoMovimento} sem lançamento (entry) anterior para o título`);
      }
      const content = JSON.stringify(valid);
      const previous = contentByKey.get(valid.chave);
      if (previous !== undefined && previous !== content)
        problems.push('chave repetida no lote com conteúdo diferente');
      contentByKey.set(valid.chave, content);
      if (problems.length === 0) accepted.set(valid.chave, valid);
    }
    if (problems.length > 0) rejected.push({ indice, chave, motivo: problems.join('; ') });
  });

  return rejected.length > 0 ? { ok: false, rejected } : { ok: true, rows: [...accepted.values()] };
}
