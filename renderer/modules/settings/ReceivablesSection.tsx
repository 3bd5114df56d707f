import { useCallback, useEffect, useState } from 'react';
import type { ReceivablesStatusView } from '../../../shared/ipc/dto/receivables';
import { call } from '../../lib/api';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import { ReceivablesHostField } from './ReceivablesHostField';
import { ReceivablesRunsTable } from './ReceivablesRunsTable';
import { FirstSyncNotice } from '../setup';

const count = new Intl.NumberFormat('pt-BR');

/** Configurações → Bureau de crédito: the daily receivables upload (seed 002), its sender and its runs. */
export function ReceivablesSection() {
  const [status, setStatus] = useState<ReceivablesStatusView | null>(null);
  const [hours, setHours] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const show = useCallback((s: ReceivablesStatusView) => {
    setStatus(s);
    setHours(String(s.maxHoursWithoutSuccess));
  }, []);
  const load = useCallback(async () => {
    const r = await call('receivables.status', {});
    if (r.ok) setStatus(r.value);
    else setError(r.error.message);
  }, []);
  useEffect(() => {
    void call('receivables.status', {}).then((r) => (r.ok ? show(r.value) : setError(r.error.message)));
  }, [show]);
  const running = status?.runningRunId != null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), 1000);
    return () => clearInterval(timer);
  }, [running, load]);

  const act = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    setBusy(true);
    const r = await run();
    setBusy(false);
    setError(r.ok ? null : (r.error?.message ?? null));
    await load();
  };
  const sendNow = () => act(() => call('receivables.runNow', {}));
  const claim = (confirmTakeover: boolean) =>
    act(() => call('receivables.syncHost.claim', { confirmTakeover }));
  const saveHours = () =>
    act(async () => {
      const r = await call('receivables.settings.save', { maxHoursWithoutSuccess: Number(hours) });
      if (r.ok) show(r.value);
      return r;
    });

  if (!status) return error ? <ErrorNote message={error} /> : null;
  const progress = running ? status.progress : null;
  return (
    <section className="receivables-section" aria-label="Contas a receber para o bureau">
      <h3>Contas a receber → bureau</h3>
      <p className="muted">
        {status.dailySync
          ? 'Envio diário à 1:00h ligado: primeiro tudo que está em aberto e o recebido nos últimos 365 dias; depois, a cada dia, as movimentações do dia anterior.'
          : 'Envio diário desligado (marque "Sincroniza contas a receber diariamente à 1:00h" e salve).'}
      </p>
      {status.uploadBlockedReason && <p className="receivables-warning">{status.uploadBlockedReason}</p>}
      {status.alert && (
        <p className="receivables-alert" role="alert">
          {status.alert}
        </p>
      )}
      <dl className="field-list">
        <ReceivablesHostField status={status} busy={busy} onClaim={(c) => void claim(c)} />
        <div className="field">
          <dt>Próximo envio agendado</dt>
          <dd>{status.nextRunAt ? formatDateTimeBR(status.nextRunAt) : '—'}</dd>
        </div>
        <div className="field">
          <dt>Último envio com sucesso</dt>
          <dd data-testid="receivables-last-success">
            {status.lastSuccessAt ? formatDateTimeBR(status.lastSuccessAt) : 'Nenhum'}
          </dd>
        </div>
        <div className="field">
          <dt>
            <label htmlFor="receivables-max-hours">Tempo máximo sem sucesso (horas)</label>
          </dt>
          <dd className="receivables-hours">
            <input
              id="receivables-max-hours"
              type="number"
              min={1}
              max={720}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
            <button
              type="button"
              disabled={busy || hours === String(status.maxHoursWithoutSuccess)}
              onClick={() => void saveHours()}
            >
              Salvar limite
            </button>
          </dd>
        </div>
      </dl>
      <ErrorNote message={error} />
      <FirstSyncNotice what="o envio das contas a receber espera o ERP estar completo." />
      <div className="receivables-actions">
        {progress && (
          <span className="receivables-progress" role="status">
            <progress max={progress.totalRows} value={progress.sentRows} /> {count.format(progress.sentRows)}{' '}
            de {count.format(progress.totalRows)} registro(s)
          </span>
        )}
        {!status.isSyncHost && <span className="muted">Só o computador designado envia.</span>}
        <button
          type="button"
          className="primary"
          disabled={busy || running || !status.isSyncHost}
          onClick={() => void sendNow()}
        >
          {running ? 'Enviando…' : 'Enviar agora'}
        </button>
      </div>
      <ReceivablesRunsTable runs={status.runs} />
    </section>
  );
}
