import { useState } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../../lib/api';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { TicketDialog } from './TicketDialog';
import { TicketRow } from './TicketRow';

export function SupportTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientTickets.list', { clientId });
  const tickets = q.data ?? null;
  // A write's own failure, shown until the next answer; a failed read shows its own message.
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? errorMessage(q.error);
  const [adding, setAdding] = useState(false);
  const load = async () => {
    await q.refetch();
  };

  const apply = async (r: Result<unknown>) => {
    setError(r.ok ? null : r.error.message);
    await load();
  };

  if (!tickets)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando solicitações…</p>;
  const open = tickets.filter((t) => t.status === 'open').length;
  return (
    <div className="support">
      <div className="tab-toolbar">
        <span className="muted">
          {open} {open === 1 ? 'solicitação aberta' : 'solicitações abertas'} · {tickets.length - open}{' '}
          {tickets.length - open === 1 ? 'encerrada' : 'encerradas'}
        </span>
        <span className="spacer" />
        <button type="button" aria-label="Adicionar solicitação de suporte" onClick={() => setAdding(true)}>
          +
        </button>
      </div>
      <ErrorNote message={error} />
      {tickets.length === 0 ? (
        <p className="muted">Nenhuma solicitação de suporte para este cliente.</p>
      ) : (
        <table className="table" aria-label="Solicitações de suporte">
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
                onProgress={async (ticket, progress) =>
                  apply(await call('clientTickets.updateProgress', { id: ticket.id, progress }))
                }
                onClose={async (ticket) => apply(await call('clientTickets.close', { id: ticket.id }))}
              />
            ))}
          </tbody>
        </table>
      )}
      {adding && (
        <TicketDialog
          onClose={() => setAdding(false)}
          onSave={async (description) => {
            const r = await call('clientTickets.create', { clientId, description });
            if (!r.ok) return r.error.message;
            await load();
            return null;
          }}
        />
      )}
    </div>
  );
}
