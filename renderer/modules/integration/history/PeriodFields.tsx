import { MAX_HISTORY_DAYS, type DateRange } from '../../../../shared/domain/date-range';
import { DateInput } from '../../../ui/DateInput';
import styles from './HistoryTab.module.css';

interface Props {
  range: DateRange;
  today: string;
  problem: string | null;
  onChange: (r: DateRange) => void;
}

/** De / até, whole days in Brasília time; the rule's message shows as soon as the period breaks it. */
export function PeriodFields({ range, today, problem, onChange }: Props) {
  return (
    <fieldset className={styles.period}>
      <legend>Período (máximo de {MAX_HISTORY_DAYS} dias)</legend>
      <label>
        Data inicial
        <DateInput value={range.from} max={today} onChange={(from) => onChange({ ...range, from })} />
      </label>
      <label>
        Data final
        <DateInput value={range.to} max={today} onChange={(to) => onChange({ ...range, to })} />
      </label>
      {problem && (
        <p className={`error-note ${styles.problem}`} role="alert" data-testid="period-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
