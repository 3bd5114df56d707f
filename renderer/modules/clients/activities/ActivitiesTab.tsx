import { useState } from 'react';
import { type ActivityFilter, type ClientActivity } from '../../../../shared/ipc/dto/client-activities';
import { ACTIVITY_KIND_LABEL } from '../../../../shared/domain/activities';
import { Badge } from '../../../ui/Badge';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatDateTimeBR } from '../../../ui/format';
import { ListFooter } from '../../../ui/ListFooter';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { errorMessage, useChannelMutation } from '../../../lib/query';
import { VirtualRows } from '../../../ui/VirtualRows';
import { ActivityDialog, type ActivityDraft } from './ActivityDialog';
import { ActivityNotificationNote } from './ActivityNotificationNote';
import { Menu } from '../../../ui/Menu';
import styles from './ActivitiesTab.module.css';
import toolbarCss from '../../../ui/Toolbar.module.css';
import chipCss from '../../../ui/Chips.module.css';
import tableCss from '../../../ui/table.module.css';

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
  const fail = (e: unknown) => setError(errorMessage(e));
  const done = () => setError(null);
  const create = useChannelMutation('clientActivities.create');
  const reschedule = useChannelMutation('clientActivities.reschedule');
  const removal = useChannelMutation('clientActivities.remove', {
    onSuccess: (_r, input) => {
      done();
      list.patch((rows) => rows.filter((row) => row.id !== input.id));
    },
    onError: fail,
  });
  const resending = useChannelMutation('activityNotifications.resend', {
    onSuccess: (notification, input) => {
      done();
      list.patch((rows) =>
        rows.map((row) => (row.notification?.id === input.id ? { ...row, notification } : row)),
      );
    },
    onError: fail,
  });
  const completion = useChannelMutation('clientActivities.complete', {
    onSuccess: (changed) => {
      done();
      replace(changed);
    },
    onError: fail,
  });
  // The row whose action is on its way shows it (its button waits) instead of taking a second click.
  const busyId = completion.isPending
    ? completion.variables?.id
    : removal.isPending
      ? removal.variables?.id
      : null;

  const save = async (draft: ActivityDraft): Promise<string | null> => {
    try {
      if (dialog === 'new') {
        await create.mutateAsync({ clientId, ...draft });
        list.reload();
      } else {
        replace(await reschedule.mutateAsync({ id: (dialog as ClientActivity).id, dueAt: draft.dueAt }));
      }
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  };
  const remove = (a: ClientActivity) => {
    if (!window.confirm(`Excluir "${a.title}"? Os participantes serão avisados.`)) return;
    removal.mutate({ id: a.id });
  };
  const resend = (a: ClientActivity) => a.notification && resending.mutate({ id: a.notification.id });
  const complete = (a: ClientActivity) => completion.mutate({ id: a.id });

  return (
    <div className="activities">
      <div className={toolbarCss.toolbar}>
        <div className={chipCss.chips} role="group" aria-label="Filtrar atividades">
          {FILTERS.map((f) => (
            <button
              key={f.key}
              type="button"
              className={chipCss.chip}
              aria-pressed={filter === f.key}
              onClick={() => setFilter(f.key)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className={toolbarCss.spacer} />
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
            <span role="cell" className={styles.title}>
              <span className={tableCss.ellipsis} title={a.title}>
                {a.title}
              </span>
              <ActivityNotificationNote n={a.notification} />
            </span>
            <span role="cell" className={tableCss.nowrap}>
              {formatDateTimeBR(a.dueAt)}
            </span>
            <span role="cell">
              <Badge tone={STATE[a.state].tone}>{STATE[a.state].label}</Badge>
            </span>
            <span role="cell" className={tableCss.ellipsis}>
              {a.ownerName}
            </span>
            <span role="cell" className={`${tableCss.rowActions} ${styles.actions}`}>
              {/* One primary action in view; the rest behind one menu, so the column keeps its width. */}
              {a.state !== 'done' && (
                <button
                  type="button"
                  disabled={busyId === a.id}
                  aria-busy={busyId === a.id || undefined}
                  onClick={() => complete(a)}
                >
                  {completion.isPending && busyId === a.id ? 'Concluindo…' : 'Concluir'}
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
                  { label: 'Excluir', danger: true, disabled: busyId === a.id, onSelect: () => remove(a) },
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
