import { useCallback, useEffect, useState } from 'react';
import type { ErpSyncStatus } from '../../../shared/ipc/dto/erp';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { useAuth } from '../auth/store';
import { syncEstimate } from './syncEstimate';

const count = new Intl.NumberFormat('pt-BR');

/**
 * The first ERP sync, with progress per table and an estimate. "Cancelar" stops after the page
 * being written; "Retomar" continues from the saved cursors, also after closing the app.
 */
export function FirstSyncStep({ onDone }: { onDone: () => void }) {
  const [status, setStatus] = useState<ErpSyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reloadAuth = useAuth((s) => s.load);
  const load = useCallback(async () => {
    const r = await call('erp.sync.status', {});
    if (r.ok) setStatus(r.value);
    else setError(r.error.message);
    return r.ok ? r.value : null;
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const running = status?.runningRunId != null;
  const done = !!status && status.tables.every((t) => t.lastCompletedAt !== null);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), 1000);
    return () => clearInterval(timer);
  }, [running, load]);

  const start = async () => {
    const r = await call('erp.sync.runNow', {});
    setError(r.ok ? null : r.error.message);
    await load();
  };
  const cancel = async () => {
    const r = await call('erp.sync.cancel', {});
    setError(r.ok ? null : r.error.message);
    await load();
  };

  if (!status) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  const finished = status.tables.filter((t) => t.lastCompletedAt !== null).length;
  const rows = status.tables.reduce((n, t) => n + t.rowsTotal, 0);
  const last = status.runs[0];
  const estimate =
    running && last ? syncEstimate(last.startedAt, new Date(), finished, status.tables.length) : null;
  return (
    <section aria-label="Primeira sincronização" className="first-sync">
      <p>
        <progress max={status.tables.length} value={finished} /> {finished} de {status.tables.length}{' '}
        tabela(s), {count.format(rows)} registro(s) recebidos
      </p>
      {estimate && <p className="muted">{estimate}</p>}
      {!running && !done && last?.status === 'interrupted' && (
        <p className="muted">Sincronização interrompida; Retomar continua de onde parou.</p>
      )}
      {!running && !done && last?.status === 'failed' && <ErrorNote message={last.outcome} />}
      <ErrorNote message={error} />
      <div className="wizard-actions">
        {done ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              void reloadAuth();
              onDone();
            }}
          >
            Abrir a Central de Atendimento
          </button>
        ) : running ? (
          <button type="button" onClick={() => void cancel()}>
            Cancelar
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void start()}>
            {last ? 'Retomar sincronização' : 'Iniciar sincronização'}
          </button>
        )}
      </div>
    </section>
  );
}
