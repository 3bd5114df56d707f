import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import { ReceivablesHostField } from './ReceivablesHostField';
import { ReceivablesHoursForm } from './ReceivablesHoursForm';
import { ReceivablesRunsTable } from './ReceivablesRunsTable';
import { FirstSyncNotice } from '../setup';
import styles from './ReceivablesSection.module.css';
import fieldsCss from '../../ui/fields.module.css';

const count = new Intl.NumberFormat('pt-BR');
const AFFECTED = [
  'receivables.status',
  'receivables.alert',
  'integration.overview',
  'integration.runs.list',
] as const;

/** Configurações → Bureau de crédito: the daily receivables upload (seed 002), its sender and its runs. */
export function ReceivablesSection() {
  const q = useChannelQuery(
    'receivables.status',
    {},
    {
      refetchInterval: (query) => (query.state.data?.runningRunId != null ? 1000 : false),
    },
  );
  const status = q.data ?? null;
  const sendNow = useChannelMutation('receivables.runNow', { invalidates: [...AFFECTED] });
  const claim = useChannelMutation('receivables.syncHost.claim', { invalidates: [...AFFECTED] });
  const busy = sendNow.isPending || claim.isPending;
  const error = errorMessage(sendNow.error) ?? errorMessage(claim.error) ?? errorMessage(q.error);

  if (!status) return error ? <ErrorNote message={error} /> : null;
  const running = status.runningRunId != null;
  const progress = running ? status.progress : null;
  return (
    <section className={styles.section} aria-label="Contas a receber para o bureau">
      <h3>Contas a receber → bureau</h3>
      <p className="muted">
        {status.dailySync
          ? 'Envio diário à 1:00h ligado: primeiro tudo que está em aberto e o recebido nos últimos 365 dias; depois, a cada dia, as movimentações do dia anterior.'
          : 'Envio diário desligado (marque "Sincroniza contas a receber diariamente à 1:00h" e salve).'}
      </p>
      {status.uploadBlockedReason && <p className={styles.warning}>{status.uploadBlockedReason}</p>}
      {status.alert && (
        <p className={styles.alert} role="alert">
          {status.alert}
        </p>
      )}
      <dl className={`${fieldsCss.list} ${styles.facts}`}>
        <ReceivablesHostField
          status={status}
          busy={busy}
          onClaim={(confirmTakeover) => claim.mutate({ confirmTakeover })}
        />
        <div className={fieldsCss.field}>
          <dt>Próximo envio agendado</dt>
          <dd>{status.nextRunAt ? formatDateTimeBR(status.nextRunAt) : '—'}</dd>
        </div>
        <div className={fieldsCss.field}>
          <dt>Último envio com sucesso</dt>
          <dd data-testid="receivables-last-success">
            {status.lastSuccessAt ? formatDateTimeBR(status.lastSuccessAt) : 'Nenhum'}
          </dd>
        </div>
        <ReceivablesHoursForm saved={status.maxHoursWithoutSuccess} />
      </dl>
      <ErrorNote message={error} />
      <FirstSyncNotice what="o envio das contas a receber espera o ERP estar completo." />
      <div className={styles.actions}>
        {progress && (
          <span className={styles.progress} role="status">
            <progress max={progress.totalRows} value={progress.sentRows} aria-label="Registros enviados" />{' '}
            {count.format(progress.sentRows)} de {count.format(progress.totalRows)} registro(s)
          </span>
        )}
        {!status.sendsHere && <span className="muted">O envio é feito pelo computador preferido.</span>}
        <button
          type="button"
          className={running || sendNow.isPending ? 'primary is-busy' : 'primary'}
          aria-busy={running || sendNow.isPending}
          disabled={busy || running || !status.sendsHere}
          onClick={() => sendNow.mutate({})}
        >
          {running ? 'Enviando…' : 'Enviar agora'}
        </button>
      </div>
      <ReceivablesRunsTable runs={status.runs} />
    </section>
  );
}
