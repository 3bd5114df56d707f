import type { AuditEntry } from '../../shared/ipc/dto/auth';
import tableCss from './table.module.css';

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** Before → after of each field of one audit entry. */
export function ChangesList({ changes }: { changes: AuditEntry['changes'] }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) return <p className="muted">Sem campos alterados.</p>;
  return (
    <table className={`${tableCss.table} changes`} aria-label="Alterações">
      <thead>
        <tr>
          <th>Campo</th>
          <th>Antes</th>
          <th>Depois</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([field, c]) => (
          <tr key={field}>
            <td>{field}</td>
            <td>{show(c.before)}</td>
            <td>{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
