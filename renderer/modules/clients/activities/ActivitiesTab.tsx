import { useState } from 'react';
import { type ActivityFilter, type ClientActivity } from '../../../../shared/ipc/dto/client-activities';
import { ACTIVITY_KIND_LABEL } from '../../../../shared/domain/activities';
import { call } from '../../../lib/api';
import { Badge } from '../../../ui/Badge';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatDateTimeBR } from '../../../ui/format';
import { ListFooter } from '../../../ui/ListFooter';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { VirtualRows } from '../../../ui/VirtualRows';
import { ActivityDialog, type ActivityDraft } from './ActivityDialog';
import { ActivityNotificationNote } from './ActivityNotificationNote';
import { Menu } from '../../../ui/Menu';
import styles from './ActivitiesTab.module.css';

const FILTERS: { key: ActivityFilter; label: string }[] = [
  { key: 'all', label: 'Todas' },
  { key: 'closed', label: 'Fechadas' },
  { key: 'open', label: 'Abertas' },
  { key: 'planned', label: 'Planejadas' },
];
const inFilter = (a: ClientActivity, f: ActivityFilter) =>
  f === 'all' || (f === 'closed' ? a.state === 'done' : a.state === f);

const STATE = {
  done: { label: 'Concluída', tone: 'ok' },
  open: { label: 'Em aberto', tone: 'warn' },
  planned: { label: 'Planejada', tone: 'neutral' },
} as const;

export function ActivitiesTab({ clientId }: { clientId: number }) {
  const [filter, setFilter] = useState<ActivityFilter>('all');
  const [dialog, setDialog] = useState<ClientActivity | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = usePagedQuery('clientActivities.list', (after) => ({ clientId, filter, after, limit: 100 }));

  // An edited row is replaced where it is (or leaves a filter it no longer matches) so the
  // agent keeps their place in a long list; a new one reloads from the top, where it sorts.
  const replace = (changed: ClientActivity) =>
    list.patch((rows) =>
      inFilter(changed, filter)
        ? rows.map((r) => (r.id === changed.id ? changed : r))
        : rows.filter((r) => r.id !== changed.id),
    );
  const save = async (draft: ActivityDraft): Promise<string | null> => {
    if (dialog === 'new') {
      const r = await call('clientActivities.create', { clientId, ...draft });
      if (!r.ok) return r.error.message;
      list.reload();
      return null;
    }
    const r = await call('clientActivities.reschedule', {
      id: (dialog as ClientActivity).id,
      dueAt: draft.dueAt,
    });
    if (!r.ok) return r.error.message;
    replace(r.value);
    return null;
  };
  const remove = async (a: ClientActivity) => {
    if (!window.confirm(`Excluir "${a.title}"? Os participantes serão avisados.`)) return;
    const r = await call('clientActivities.remove', { id: a.id });
    setError(r.ok ? null : r.error.message);
    if (r.ok) list.patch((rows) => rows.filter((row) => row.id !== a.id));
  };
  const resend = async (a: ClientActivity) => {
    if (!a.notification) return;
    const r = await call('activityNotifications.resend', { id: a.notification.id });
    setError(r.ok ? null : r.error.message);
    if (r.ok)
      list.patch((rows) => rows.map((row) => (row.id === a.id ? { ...row, notification: r.value } : row)));
  };
  const complete = async (a: ClientActivity) => {
    const r = await call('clientActivities.complete', { id: a.id });
    setError(r.ok ? null : r.error.message);
    if (r.ok) replace(r.value);
  };

  return (
    <div className="activities">
      <div className="tab-toolbar">
        <div className="chips" role="group" aria-label="Filtrar atividades">
          {FILTERS.map((f) => (
            <button
              key={f.key}
              type="button"
              className="chip"
              aria-pressed={filter === f.key}
              onClick={() => setFilter(f.key)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <button
          type="button"
          aria-label="Adicionar atividade"
          title="Adicionar tarefa, chamada ou compromisso"
          onClick={() => setDialog('new')}
        >
          +
        </button>
      </div>
      <ErrorNote message={error} />
      <VirtualRows
        label="Atividades"
        rows={list.rows}
        columns="96px minmax(140px, 1fr) 132px 100px minmax(90px, 140px) 124px"
        header={
          <>
            <span role="columnheader">Tipo</span>
            <span role="columnheader">Título</span>
            <span role="columnheader">Data</span>
            <span role="columnheader">Status</span>
            <span role="columnheader">Responsável</span>
            <span role="columnheader" className={styles.actionsHead}>
              Ações
            </span>
          </>
        }
        rowKey={(a) => a.id}
        renderCells={(a) => (
          <>
            <span role="cell">{ACTIVITY_KIND_LABEL[a.kind]}</span>
            <span role="cell" className="activity-title">
              <span className="ellipsis" title={a.title}>
                {a.title}
              </span>
              <ActivityNotificationNote n={a.notification} />
            </span>
            <span role="cell" className="nowrap">
              {formatDateTimeBR(a.dueAt)}
            </span>
            <span role="cell">
              <Badge tone={STATE[a.state].tone}>{STATE[a.state].label}</Badge>
            </span>
            <span role="cell" className="ellipsis">
              {a.ownerName}
            </span>
            <span role="cell" className={`row-actions ${styles.actions}`}>
              {/* One primary action in view; the rest behind one menu, so the column keeps its width. */}
              {a.state !== 'done' && (
                <button type="button" onClick={() => void complete(a)}>
                  Concluir
                </button>
              )}
              <Menu
                label={`Mais ações: ${a.title}`}
                trigger="⋯"
                items={[
                  ...(a.state !== 'done' ? [{ label: 'Reagendar', onSelect: () => setDialog(a) }] : []),
                  ...(a.notification?.state === 'failed' || a.notification?.state === 'uncertain'
                    ? [{ label: 'Reenviar e-mail', onSelect: () => void resend(a) }]
                    : []),
                  { label: 'Excluir', danger: true, onSelect: () => void remove(a) },
                ]}
              />
            </span>
          </>
        )}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhuma atividade neste filtro.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="atividades"
        singular="atividade"
      />
      {dialog && (
        <ActivityDialog
          clientId={clientId}
          activity={dialog === 'new' ? null : dialog}
          onSave={save}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
