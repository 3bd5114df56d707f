/** Columns and rows of the history workbook: what each request sheet and the summary show. */
import type { Column } from 'exceljs';
import {
  BUREAU_RECEIVABLES_TABLE,
  HISTORY_TABLES,
  type HistoryTableKey,
} from '../../../../../shared/domain/integration-tables';
import type { IntegrationRequestRow } from '../../../db/repos/integration-requests.repo';
import { directionLabel } from '../integration-labels';

export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
const INTEGER_FORMAT = '#,##0';
const MONEY_FORMAT = '#,##0.00';

type ColumnSpec = Pick<Column, 'header' | 'key' | 'width'> & { style?: Partial<Column['style']> };

const num = (numFmt: string) => ({ numFmt });

export const REQUEST_COLUMNS: ColumnSpec[] = [
  { header: 'Data e hora', key: 'at', width: 20, style: num(DATE_TIME_FORMAT) },
  { header: 'Direção', key: 'direction', width: 26 },
  { header: 'Endpoint', key: 'endpoint', width: 32 },
  { header: 'Situação', key: 'status', width: 10 },
  { header: 'HTTP', key: 'httpStatus', width: 8 },
  { header: 'Registros', key: 'rows', width: 11, style: num(INTEGER_FORMAT) },
  { header: 'Duração (ms)', key: 'durationMs', width: 13, style: num(INTEGER_FORMAT) },
  { header: 'Execução', key: 'runId', width: 10 },
  { header: 'Código do erro', key: 'errorCode', width: 22 },
  { header: 'Erro', key: 'error', width: 70 },
];

/** The bureau sheet also shows how much money each batch carried. */
export const BUREAU_COLUMNS: ColumnSpec[] = [
  ...REQUEST_COLUMNS.slice(0, 7),
  { header: 'Valor (R$)', key: 'amount', width: 16, style: num(MONEY_FORMAT) },
  ...REQUEST_COLUMNS.slice(7),
];

export const SUMMARY_COLUMNS: ColumnSpec[] = [
  { header: 'Tabela', key: 'label', width: 34 },
  { header: 'Descrição', key: 'description', width: 70 },
  { header: 'Requisições', key: 'requests', width: 13, style: num(INTEGER_FORMAT) },
  { header: 'Com erro', key: 'failed', width: 11, style: num(INTEGER_FORMAT) },
  { header: 'Registros', key: 'rows', width: 13, style: num(INTEGER_FORMAT) },
  { header: 'Duração média (ms)', key: 'averageMs', width: 19, style: num(INTEGER_FORMAT) },
  { header: 'Primeira requisição', key: 'firstAt', width: 20, style: num(DATE_TIME_FORMAT) },
  { header: 'Última requisição', key: 'lastAt', width: 20, style: num(DATE_TIME_FORMAT) },
];

export interface HistoryTableInfo {
  key: HistoryTableKey;
  label: string;
  description: string;
  /** Excel allows at most 31 characters in a sheet name. */
  sheetName: string;
  source: 'erp' | 'bureau';
}

export function historyTable(key: HistoryTableKey): HistoryTableInfo {
  const t = HISTORY_TABLES.find((x) => x.key === key);
  if (!t) throw new RangeError(`unknown history table: ${key}`);
  const bureau = t.key === BUREAU_RECEIVABLES_TABLE;
  return {
    key: t.key,
    label: t.label,
    description: t.description,
    sheetName: bureau ? 'Contas a receber (bureau)' : t.label,
    source: bureau ? 'bureau' : 'erp',
  };
}

export function requestRow(
  r: IntegrationRequestRow,
  source: 'erp' | 'bureau',
  wallClock: (iso: string) => Date,
): Record<string, unknown> {
  return {
    at: wallClock(r.at),
    direction: directionLabel(source, r.direction),
    endpoint: r.endpoint,
    status: r.status === 'ok' ? 'Sucesso' : 'Erro',
    httpStatus: r.http_status,
    rows: r.rows,
    durationMs: r.duration_ms,
    amount: r.amount_cents === null ? null : r.amount_cents / 100,
    runId: r.run_id,
    errorCode: r.error_code,
    error: r.error,
  };
}
