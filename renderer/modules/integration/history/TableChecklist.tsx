import { HISTORY_TABLES, type HistoryTableKey } from '../../../../shared/domain/integration-tables';
import styles from './HistoryTab.module.css';
import { Checkbox } from '../../../ui/Checkbox';
import tableCss from '../../../ui/table.module.css';

interface Props {
  chosen: ReadonlySet<HistoryTableKey>;
  onChange: (next: Set<HistoryTableKey>) => void;
}

/** Which tables go into the workbook, each with what it holds. */
export function TableChecklist({ chosen, onChange }: Props) {
  const all = chosen.size === HISTORY_TABLES.length;
  const toggle = (key: HistoryTableKey) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <table className={`${tableCss.table} ${styles.tables}`} aria-label="Tabelas do histórico">
      <thead>
        <tr>
          <th scope="col">
            <Checkbox
              label="Selecionar todas as tabelas"
              checked={all}
              onChange={() => onChange(all ? new Set() : new Set(HISTORY_TABLES.map((t) => t.key)))}
            />
          </th>
          <th scope="col">Tabela</th>
          <th scope="col">Descrição</th>
        </tr>
      </thead>
      <tbody>
        {HISTORY_TABLES.map((t) => (
          <tr key={t.key}>
            <td>
              <Checkbox
                id={`history-table-${t.key}`}
                label={t.label}
                checked={chosen.has(t.key)}
                onChange={() => toggle(t.key)}
              />
            </td>
            <td>
              <label htmlFor={`history-table-${t.key}`}>{t.label}</label>
            </td>
            <td className="muted">{t.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
