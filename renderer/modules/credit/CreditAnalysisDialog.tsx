import { useCallback, useEffect, useState } from 'react';
import type { BureauQueryList, BureauQueryRow } from '../../../shared/ipc/dto/bureau';
import type { Client } from '../../../shared/ipc/dto/clients';
import { call } from '../../lib/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { Tabs } from '../../ui/Tabs';
import { QueriesTable } from './QueriesTable';

interface Props {
  client: Client;
  onOpen: (row: BureauQueryRow) => void;
  onClose: () => void;
}

const TABS = [{ key: 'queries' as const, label: 'Consultas' }];

/** Análise crédito: every query of the client, from which any past result reopens without paying. */
export function CreditAnalysisDialog({ client, onOpen, onClose }: Props) {
  const [list, setList] = useState<BureauQueryList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await call('bureau.query.list', { clientId: client.id });
    if (r.ok) setList(r.value);
    setError(r.ok ? null : r.error.message);
  }, [client.id]);
  useEffect(() => void load(), [load]);
  return (
    <Dialog wide title={`Análise crédito — ${client.legalName}`} onClose={onClose}>
      <Tabs items={TABS} active="queries" onSelect={() => undefined} label="Análise crédito" />
      <div role="tabpanel" aria-label="Consultas" className="tab-panel">
        {!list && !error && <p className="loading">Carregando consultas…</p>}
        {list && <QueriesTable rows={list.rows} onOpen={onOpen} />}
        {list?.erpNote && <p className="muted">{list.erpNote}</p>}
        <ErrorNote message={error} />
      </div>
    </Dialog>
  );
}
