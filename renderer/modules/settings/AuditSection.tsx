import { keepPreviousData } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ChangesList } from '../../ui/ChangesList';
import { DateInput } from '../../ui/DateInput';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import { Select } from '../../ui/Select';
import styles from './AuditSection.module.css';
import tableCss from '../../ui/table.module.css';

const ALL = 'all';
const ENTITIES = [
  { value: ALL, label: 'Todas' },
  { value: 'client', label: 'Cliente' },
  { value: 'user', label: 'Usuário' },
  { value: 'group', label: 'Grupo' },
  { value: 'settings', label: 'Configuração' },
  { value: 'erp_sync', label: 'Sincronização com o ERP' },
  { value: 'receivables_export', label: 'Envio de contas a receber' },
  { value: 'database', label: 'Backup' },
];
const PAGE = 50;

/** Auditoria: who changed what, filtered by user, subject and period, 50 entries a page. */
export function AuditSection() {
  const users = useChannelQuery('users.list', {}).data ?? [];
  const [userId, setUserId] = useState(ALL);
  const [entity, setEntity] = useState(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const q = useChannelQuery(
    'audit.list',
    {
      userId: userId === ALL ? undefined : Number(userId),
      entity: entity === ALL ? undefined : entity,
      from: from || undefined,
      to: to || undefined,
      offset,
      limit: PAGE,
    },
    // A new filter keeps the rows on screen until the answer comes (no empty flash).
    { placeholderData: keepPreviousData },
  );
  const data = q.data ?? { rows: [], total: 0 };
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  return (
    <div className={styles.audit}>
      <h2>Auditoria</h2>
      <div className={styles.filters} role="group" aria-label="Filtros da auditoria">
        <div className={styles.filter}>
          <span className={styles.filterLabel}>Usuário</span>
          <Select
            label="Usuário"
            value={userId}
            onChange={filter(setUserId)}
            options={[
              { value: ALL, label: 'Todos' },
              ...users.map((u) => ({ value: String(u.id), label: u.name })),
            ]}
          />
        </div>
        <div className={styles.filter}>
          <span className={styles.filterLabel}>Entidade</span>
          <Select label="Entidade" value={entity} onChange={filter(setEntity)} options={ENTITIES} />
        </div>
        <label className={styles.filter}>
          De
          <DateInput value={from} onChange={filter(setFrom)} />
        </label>
        <label className={styles.filter}>
          Até
          <DateInput value={to} onChange={filter(setTo)} />
        </label>
      </div>
      <ErrorNote message={errorMessage(q.error)} />
      <table
        className={`${tableCss.table} ${styles.table}`}
        aria-label="Registros de auditoria"
        aria-busy={q.isFetching}
      >
        <thead>
          <tr>
            <th scope="col">Data e hora</th>
            <th scope="col">Usuário</th>
            <th scope="col">Entidade</th>
            <th scope="col">Ação</th>
            <th scope="col">
              <span className="sr-only">Detalhes</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <Fragment key={r.id}>
              <tr className={tableCss.clickable} onClick={() => setOpen(open === r.id ? null : r.id)}>
                <td className={styles.when}>{formatDateTimeBR(r.at)}</td>
                <td>{r.userName ?? '—'}</td>
                <td>{r.subject}</td>
                <td>{r.action}</td>
                <td className={styles.toggle}>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={open === r.id}
                    onClick={(e) => {
                      e.stopPropagation();
                      setOpen(open === r.id ? null : r.id);
                    }}
                  >
                    {open === r.id ? 'Ocultar' : 'Detalhes'}
                  </button>
                </td>
              </tr>
              {open === r.id && (
                <tr className={styles.details}>
                  <td colSpan={5}>
                    <ChangesList changes={r.changes} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
          {data.rows.length === 0 && !q.isPending && (
            <tr>
              <td colSpan={5} className="muted">
                Nenhum registro de auditoria com estes filtros.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className={tableCss.pager}>
        <span>
          Mostrando {data.total === 0 ? 0 : offset + 1} até {Math.min(offset + PAGE, data.total)} de{' '}
          {data.total} {data.total === 1 ? 'registro' : 'registros'}
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
