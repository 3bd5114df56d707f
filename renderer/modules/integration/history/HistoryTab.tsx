import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import { todayInSaoPaulo } from '../../../../shared/domain/dates';
import { lastDays, MAX_HISTORY_DAYS } from '../../../../shared/domain/date-range';
import {
  historyExportFormSchema,
  type HistoryExportFormValues,
} from '../../../../shared/forms/history-export.schema';
import { ExportProgress } from './ExportProgress';
import { PeriodFields } from './PeriodFields';
import { TableChecklist } from './TableChecklist';
import { useHistoryExport } from './useHistoryExport';
import styles from './HistoryTab.module.css';

/** Histórico: a period of up to 7 days, the tables, and a workbook with every request and response. */
export function HistoryTab() {
  const today = todayInSaoPaulo(new Date());
  const resolver = useMemo(() => zodResolver(historyExportFormSchema(today)), [today]);
  const {
    control,
    handleSubmit,
    formState: { errors, isValid },
  } = useForm<HistoryExportFormValues>({
    resolver,
    // The period's message shows as soon as it breaks the rule, before any click.
    mode: 'onChange',
    defaultValues: { ...lastDays(today, MAX_HISTORY_DAYS), tables: [] },
  });
  const { field: from } = useController({ control, name: 'from' });
  const { field: to } = useController({ control, name: 'to' });
  const { field: tables } = useController({ control, name: 'tables' });
  const { view, start, cancel } = useHistoryExport();
  const problem = errors.to?.message ?? errors.from?.message ?? null;
  const busy = view.phase === 'starting' || view.phase === 'running' || view.phase === 'downloading';
  const submit = handleSubmit((request) => start(request));

  return (
    <div className={styles.history}>
      <p>
        Escolha o período e as tabelas e clique em <strong>Download</strong>: a planilha do Excel traz um
        resumo e, para cada tabela, todas as requisições do período com a resposta de cada uma (data e hora,
        direção, endpoint, situação, registros, duração e erro). Datas e horas estão no horário de Brasília.
      </p>
      <PeriodFields
        range={{ from: from.value, to: to.value }}
        today={today}
        problem={problem}
        onChange={(r) => {
          from.onChange(r.from);
          to.onChange(r.to);
        }}
      />
      <TableChecklist chosen={new Set(tables.value)} onChange={(next) => tables.onChange([...next])} />
      {tables.value.length === 0 && <p className="muted">Escolha pelo menos uma tabela.</p>}
      <div className={styles.actions}>
        <button type="button" className="primary" disabled={busy || !isValid} onClick={() => void submit()}>
          Download
        </button>
      </div>
      <ExportProgress view={view} onCancel={cancel} />
    </div>
  );
}
