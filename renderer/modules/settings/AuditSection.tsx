import { Fragment, useCallback, useEffect, useState } from 'react';
import type { AuditEntry, UserRow } from '../../../shared/ipc/dto/auth';
import { call } from '../../lib/api';
import { ChangesList } from '../../ui/ChangesList';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import { DateInput } from '../../ui/DateInput';

const ENTITIES: Record<string, string> = {
  client: 'Cliente',
  user: 'Usuário',
  group: 'Grupo',
  settings: 'Configuração',
  erp_sync: 'Sincronização com o ERP',
  receivables_export: 'Envio de contas a receber',
  database: 'Backup',
};
const PAGE = 50;

export function AuditSection() {
  const [users, setUsers] = useState<UserRow[]>([]);
  const [userId, setUserId] = useState('');
  const [entity, setEntity] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ rows: AuditEntry[]; total: number }>({ rows: [], total: 0 });
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => void call('users.list', {}).then((r) => r.ok && setUsers(r.value)), []);
  const load = useCallback(async () => {
    const r = await call('audit.list', {
      userId: userId ? Number(userId) : undefined,
      entity: entity || undefined,
      from: from || undefined,
      to: to || undefined,
      offset,
      limit: PAGE,
    });
    if (r.ok) setData(r.value);
    setError(r.ok ? null : r.error.message);
  }, [userId, entity, from, to, offset]);
  useEffect(() => void load(), [load]);

  return (
    <div>
      <h2>Auditoria</h2>
      <div className="filters">
        <label>
          Usuário
          <select value={userId} onChange={(e) => (setUserId(e.target.value), setOffset(0))}>
            <option value="">Todos</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Entidade
          <select value={entity} onChange={(e) => (setEntity(e.target.value), setOffset(0))}>
            <option value="">Todas</option>
            {Object.entries(ENTITIES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          De
          <DateInput value={from} onChange={(v) => (setFrom(v), setOffset(0))} />
        </label>
        <label>
          Até
          <DateInput value={to} onChange={(v) => (setTo(v), setOffset(0))} />
        </label>
      </div>
      <ErrorNote message={error} />
      <table className="table" aria-label="Registros de auditoria">
        <thead>
          <tr>
            <th>Data e hora</th>
            <th>Usuário</th>
            <th>Entidade</th>
            <th>Ação</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <Fragment key={r.id}>
              <tr className="clickable" onClick={() => setOpen(open === r.id ? null : r.id)}>
                <td>{formatDateTimeBR(r.at)}</td>
                <td>{r.userName ?? '—'}</td>
                <td>{r.subject}</td>
                <td>{r.action}</td>
              </tr>
              {open === r.id && (
                <tr>
                  <td colSpan={4}>
                    <ChangesList changes={r.changes} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <span>
          Mostrando {data.total === 0 ? 0 : offset + 1} até {Math.min(offset + PAGE, data.total)} de{' '}
          {data.total} registros
        </span>
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Anterior
        </button>
        <button type="button" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
          Próximo
        </button>
      </div>
    </div>
  );
}
