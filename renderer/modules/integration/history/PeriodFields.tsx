import { MAX_HISTORY_DAYS, type DateRange } from '../../../../shared/domain/date-range';

interface Props {
  range: DateRange;
  today: string;
  problem: string | null;
  onChange: (r: DateRange) => void;
}

/** De / até, whole days in Brasília time; the rule's message shows as soon as the period breaks it. */
export function PeriodFields({ range, today, problem, onChange }: Props) {
  return (
    <fieldset className="integration-period">
      <legend>Período (máximo de {MAX_HISTORY_DAYS} dias)</legend>
      <label>
        Data inicial
        <input
          type="date"
          value={range.from}
          max={today}
          onChange={(e) => onChange({ ...range, from: e.target.value })}
        />
      </label>
      <label>
        Data final
        <input
          type="date"
          value={range.to}
          max={today}
          onChange={(e) => onChange({ ...range, to: e.target.value })}
        />
      </label>
      {problem && (
        <p className="error-note" role="alert" data-testid="period-problem">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
