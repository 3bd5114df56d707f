import type { BureauQueryRow } from '../../../shared/ipc/dto/bureau';
import type { Client } from '../../../shared/ipc/dto/clients';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { Tabs } from '../../ui/Tabs';
import { QueriesTable } from './QueriesTable';
import tabsCss from '../../ui/Tabs.module.css';

interface Props {
  client: Client;
  onOpen: (row: BureauQueryRow) => void;
  onClose: () => void;
}

const TABS = [{ key: 'queries' as const, label: 'Consultas' }];

/** Análise crédito: every query of the client, from which any past result reopens without paying. */
export function CreditAnalysisDialog({ client, onOpen, onClose }: Props) {
  const q = useChannelQuery('bureau.query.list', { clientId: client.id });
  const list = q.data ?? null;
  const error = errorMessage(q.error);
  return (
    <Dialog wide title={`Análise crédito — ${client.legalName}`} onClose={onClose}>
      <Tabs items={TABS} active="queries" onSelect={() => undefined} label="Análise crédito" />
      <div role="tabpanel" aria-label="Consultas" className={tabsCss.panel}>
        {!list && !error && <p className="loading">Carregando consultas…</p>}
        {list && <QueriesTable rows={list.rows} onOpen={onOpen} />}
        {list?.erpNote && <p className="muted">{list.erpNote}</p>}
        <ErrorNote message={error} />
      </div>
    </Dialog>
  );
}
