import { useState } from 'react';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { TicketDialog } from './TicketDialog';
import { TicketRow } from './TicketRow';
import toolbarCss from '../../../ui/Toolbar.module.css';
import tableCss from '../../../ui/table.module.css';

export function SupportTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientTickets.list', { clientId });
  const tickets = q.data ?? null;
  // Every write refetches the list; a failed progress change or closing shows its own message.
  const writes = { invalidates: ['clientTickets.list' as const] };
  const progress = useChannelMutation('clientTickets.updateProgress', writes);
  const closing = useChannelMutation('clientTickets.close', writes);
  const create = useChannelMutation('clientTickets.create', writes);
  const error = errorMessage(progress.error ?? closing.error) ?? errorMessage(q.error);
  const [adding, setAdding] = useState(false);

  if (!tickets)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando solicitações…</p>;
  const open = tickets.filter((t) => t.status === 'open').length;
  return (
    <div className="support">
      <div className={toolbarCss.toolbar}>
        <span className="muted">
          {open} {open === 1 ? 'solicitação aberta' : 'solicitações abertas'} · {tickets.length - open}{' '}
          {tickets.length - open === 1 ? 'encerrada' : 'encerradas'}
        </span>
        <span className={toolbarCss.spacer} />
        <button type="button" aria-label="Adicionar solicitação de suporte" onClick={() => setAdding(true)}>
          +
        </button>
      </div>
      <ErrorNote message={error} />
      {tickets.length === 0 ? (
        <p className="muted">Nenhuma solicitação de suporte para este cliente.</p>
      ) : (
        <table className={tableCss.table} aria-label="Solicitações de suporte">
          <thead>
            <tr>
              <th>Referência</th>
              <th>Descrição</th>
              <th>Resolução</th>
              <th>Situação</th>
              <th>Aberta em</th>
              <th>
                <span className="sr-only">Ações</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((t) => (
              <TicketRow
                key={`${t.id}-${t.progress}-${t.status}`}
                ticket={t}
                onProgress={(ticket, value) =>
                  progress.mutateAsync({ id: ticket.id, progress: value }).catch(() => undefined)
                }
                onClose={(ticket) => closing.mutateAsync({ id: ticket.id }).catch(() => undefined)}
              />
            ))}
          </tbody>
        </table>
      )}
      {adding && (
        <TicketDialog
          onClose={() => setAdding(false)}
          onSave={async (description) => {
            try {
              await create.mutateAsync({ clientId, description });
              return null;
            } catch (e) {
              return errorMessage(e);
            }
          }}
        />
      )}
    </div>
  );
}
