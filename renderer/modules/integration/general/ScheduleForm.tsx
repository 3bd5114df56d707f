import { useEffect, useState } from 'react';
import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { call } from '../../../lib/api';
import { ErrorNote } from '../../../ui/ErrorNote';
import { TimeInput } from '../../../ui/TimeInput';

interface Props {
  o: IntegrationOverview;
  onSaved: (o: IntegrationOverview) => void;
}

/** Agendamento (daily time of the ERP sync) and the hours without success before the alert. */
export function ScheduleForm({ o, onSaved }: Props) {
  const [syncTime, setSyncTime] = useState(o.syncTime);
  const [hours, setHours] = useState(String(o.maxHoursWithoutSuccess));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setSyncTime(o.syncTime);
    setHours(String(o.maxHoursWithoutSuccess));
  }, [o.syncTime, o.maxHoursWithoutSuccess]);

  const save = async () => {
    setNotice(null);
    const maxHoursWithoutSuccess = Number(hours);
    if (hours.trim() === '' || !Number.isInteger(maxHoursWithoutSuccess)) {
      setError('Informe o tempo máximo sem sucesso em horas inteiras.');
      return;
    }
    setBusy(true);
    const r = await call('integration.settings.save', { syncTime, maxHoursWithoutSuccess });
    setBusy(false);
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return;
    setNotice('Agendamento salvo.');
    onSaved(r.value);
  };

  return (
    <form
      className="integration-schedule"
      aria-label="Agendamento da integração"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Agendamento
        <TimeInput value={syncTime} required onChange={setSyncTime} />
      </label>
      <label>
        Tempo máximo sem sucesso na integração
        <span className="integration-hours">
          <input
            type="number"
            min={1}
            max={720}
            step={1}
            inputMode="numeric"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
          horas
        </span>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Salvar
      </button>
      <ErrorNote message={error} />
      {notice && (
        <p className="erp-notice" role="status">
          {notice}
        </p>
      )}
    </form>
  );
}
