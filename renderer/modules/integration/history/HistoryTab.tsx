import { useState } from 'react';
import { todayInSaoPaulo } from '../../../../shared/domain/dates';
import {
  dateRangeProblem,
  lastDays,
  MAX_HISTORY_DAYS,
  type DateRange,
} from '../../../../shared/domain/date-range';
import type { HistoryTableKey } from '../../../../shared/domain/integration-tables';
import { ExportProgress } from './ExportProgress';
import { PeriodFields } from './PeriodFields';
import { TableChecklist } from './TableChecklist';
import { useHistoryExport } from './useHistoryExport';
import styles from './HistoryTab.module.css';

/** Histórico: a period of up to 7 days, the tables, and a workbook with every request and response. */
export function HistoryTab() {
  const today = todayInSaoPaulo(new Date());
  const [range, setRange] = useState<DateRange>(() => lastDays(today, MAX_HISTORY_DAYS));
  const [tables, setTables] = useState<Set<HistoryTableKey>>(new Set());
  const { view, start, cancel } = useHistoryExport();
  const problem = dateRangeProblem(range, today);
  const busy = view.phase === 'starting' || view.phase === 'running' || view.phase === 'downloading';

  return (
    <div className={styles.history}>
      <p>
        Escolha o período e as tabelas e clique em <strong>Download</strong>: a planilha do Excel traz um
        resumo e, para cada tabela, todas as requisições do período com a resposta de cada uma (data e hora,
        direção, endpoint, situação, registros, duração e erro). Datas e horas estão no horário de Brasília.
      </p>
      <PeriodFields range={range} today={today} problem={problem} onChange={setRange} />
      <TableChecklist chosen={tables} onChange={setTables} />
      {tables.size === 0 && <p className="muted">Escolha pelo menos uma tabela.</p>}
      <div className={styles.actions}>
        <button
          type="button"
          className="primary"
          disabled={busy || problem !== null || tables.size === 0}
          onClick={() => void start({ ...range, tables: [...tables] })}
        >
          Download
        </button>
      </div>
      <ExportProgress view={view} onCancel={() => void cancel()} />
    </div>
  );
}
