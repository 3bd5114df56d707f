import { formatBRL } from '../../../../shared/domain/money';
import { addDays, formatDateBR } from '../../../../shared/domain/dates';
import type { ExportSummary } from './receivables-summary';

const count = new Intl.NumberFormat('pt-BR');

function one(e: ExportSummary): string {
  const what =
    e.kind === 'full' ? 'Carga inicial' : `Movimento até ${formatDateBR(addDays(e.businessDate, -1))}`;
  const refused = e.rejectedRows ? `; ${count.format(e.rejectedRows)} recusado(s) pelo bureau` : '';
  const resumed = e.resumedFrom
    ? ` Retomou o envio iniciado por "${e.resumedFrom.machineName}" (${count.format(e.resumedFrom.batches)} lote(s) já confirmados).`
    : '';
  return `${what}: ${count.format(e.confirmedRows)} registro(s), ${formatBRL(e.confirmedCents)} confirmados pelo bureau${refused}.${resumed}`;
}

/** The pt-BR outcome of a successful run, for the run history. */
export function describeExports(exports: ExportSummary[]): string {
  return exports.length === 0 ? 'Nada a enviar: nenhuma movimentação nova.' : exports.map(one).join(' ');
}
