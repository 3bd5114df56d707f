import { useState } from 'react';
import type { AuditEntry } from '../../../../shared/ipc/dto/auth';
import { ChangesList } from '../../../ui/ChangesList';
import { Dialog } from '../../../ui/Dialog';
import { formatDateTimeBR } from '../../../ui/format';
import { ListFooter } from '../../../ui/ListFooter';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { VirtualRows } from '../../../ui/VirtualRows';
import { readableChanges } from './historyFormat';
import tableCss from '../../../ui/table.module.css';

/** Every change to this client, newest first; Enter or a click shows each field before and after. */
export function HistoryTab({ clientId }: { clientId: number }) {
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const list = usePagedQuery('clientHistory.list', (before) => ({ clientId, before, limit: 100 }));
  return (
    <div className="history">
      <VirtualRows
        label="Histórico"
        rows={list.rows}
        columns="150px 200px minmax(240px, 1fr)"
        header={
          <>
            <span role="columnheader">Data e hora</span>
            <span role="columnheader">Usuário</span>
            <span role="columnheader">Ação</span>
          </>
        }
        rowKey={(e) => e.id}
        rowLabel={(e) => `${e.action} por ${e.userName ?? 'sistema'}`}
        onOpen={setOpen}
        renderCells={(e) => (
          <>
            <span role="cell">{formatDateTimeBR(e.at)}</span>
            <span role="cell" className={tableCss.ellipsis}>
              {e.userName ?? 'Sistema'}
            </span>
            <span role="cell" className={tableCss.ellipsis} title={e.action}>
              {e.action}
            </span>
          </>
        )}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhuma alteração registrada para este cliente.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="registros"
        singular="registro"
      />
      {open && (
        <Dialog title={open.action} onClose={() => setOpen(null)} wide>
          <p className="muted">
            {formatDateTimeBR(open.at)} · {open.userName ?? 'Sistema'}
          </p>
          <ChangesList changes={readableChanges(open.changes)} />
        </Dialog>
      )}
    </div>
  );
}
