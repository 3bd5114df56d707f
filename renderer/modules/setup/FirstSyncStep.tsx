import { errorMessage, useChannelMutation } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { useAuth } from '../auth/store';
import { useErpSyncStatus } from '../settings';
import { syncEstimate } from './syncEstimate';
import styles from './FirstRunWizard.module.css';

const count = new Intl.NumberFormat('pt-BR');
const AFFECTED = ['erp.sync.status', 'integration.overview', 'integration.runs.list'] as const;

/**
 * The first ERP sync, with progress per table and an estimate. "Cancelar" stops after the page
 * being written; "Retomar" continues from the saved cursors, also after closing the app.
 */
export function FirstSyncStep({ onDone }: { onDone: () => void }) {
  const q = useErpSyncStatus();
  const status = q.data ?? null;
  const reloadAuth = useAuth((s) => s.load);
  const start = useChannelMutation('erp.sync.runNow', { invalidates: [...AFFECTED] });
  const cancel = useChannelMutation('erp.sync.cancel', { invalidates: [...AFFECTED] });
  const error = errorMessage(start.error) ?? errorMessage(cancel.error) ?? errorMessage(q.error);

  if (!status) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  const running = status.runningRunId != null;
  const done = status.tables.every((t) => t.lastCompletedAt !== null);
  const finished = status.tables.filter((t) => t.lastCompletedAt !== null).length;
  const rows = status.tables.reduce((n, t) => n + t.rowsTotal, 0);
  const last = status.runs[0];
  const estimate =
    running && last ? syncEstimate(last.startedAt, new Date(), finished, status.tables.length) : null;
  return (
    <section aria-label="Primeira sincronização" className={styles.firstSync}>
      <p className={styles.progress}>
        <progress max={status.tables.length} value={finished} aria-label="Tabelas lidas" /> {finished} de{' '}
        {status.tables.length} tabela(s), {count.format(rows)} registro(s) recebidos
      </p>
      {estimate && <p className="muted">{estimate}</p>}
      {!running && !done && last?.status === 'interrupted' && (
        <p className="muted">Sincronização interrompida; Retomar continua de onde parou.</p>
      )}
      {!running && !done && last?.status === 'failed' && <ErrorNote message={last.outcome} />}
      <ErrorNote message={error} />
      <div className={styles.actions}>
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
          <button
            type="button"
            className={cancel.isPending ? 'is-busy' : undefined}
            aria-busy={cancel.isPending}
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({})}
          >
            Cancelar
          </button>
        ) : (
          <button
            type="button"
            className={start.isPending ? 'primary is-busy' : 'primary'}
            aria-busy={start.isPending}
            disabled={start.isPending}
            onClick={() => start.mutate({})}
          >
            {last ? 'Retomar sincronização' : 'Iniciar sincronização'}
          </button>
        )}
      </div>
    </section>
  );
}
