import { useState, type FormEvent } from 'react';
import {
  ACTIVITY_KIND_LABEL,
  ACTIVITY_KINDS,
  type ActivityKind,
  type ClientActivity,
} from '../../../../shared/ipc/dto/client-activities';
import { saoPauloLocalToUtc, toSaoPauloParts } from '../../../../shared/domain/dates';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import { ActivityParticipantsField, type ParticipantChoice } from './ActivityParticipantsField';
import { DateInput } from '../../../ui/DateInput';
import { TimeInput } from '../../../ui/TimeInput';

const pad = (n: number) => String(n).padStart(2, '0');
function localParts(iso: string): { date: string; time: string } {
  const p = toSaoPauloParts(new Date(iso));
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
const nextHour = () => new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString();

export interface ActivityDraft extends ParticipantChoice {
  kind: ActivityKind;
  title: string;
  dueAt: string;
}

interface Props {
  clientId: number;
  /** null: a new activity; otherwise reschedule this one. */
  activity: ClientActivity | null;
  onSave: (draft: ActivityDraft) => Promise<string | null>;
  onClose: () => void;
}

/** "+" adds a tarefa, chamada or compromisso; Reagendar only moves the date. Times are São Paulo's. */
export function ActivityDialog({ clientId, activity, onSave, onClose }: Props) {
  const start = localParts(activity?.dueAt ?? nextHour());
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'call');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [people, setPeople] = useState<ParticipantChoice>({ participants: [], notify: false });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const titleError =
    title.trim() === '' ? 'Informe o título.' : title.length > 160 ? 'No máximo 160 caracteres.' : undefined;
  const dateError =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? undefined : 'Informe data e hora.';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (titleError || dateError) return;
    setSaving(true);
    const error = await onSave({
      kind,
      title: title.trim(),
      dueAt: saoPauloLocalToUtc(date, time).toISOString(),
      ...people,
    });
    setSaving(false);
    if (error) setServerError(error);
    else onClose();
  };

  return (
    <Dialog title={activity ? `Reagendar: ${activity.title}` : 'Nova atividade'} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label="Atividade">
        {!activity && (
          <>
            <FormField id="a-kind" label="Tipo" error={undefined}>
              <select value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ACTIVITY_KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id="a-title" label="Título" error={submitted ? titleError : undefined}>
              <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
            </FormField>
          </>
        )}
        <div className="inline-fields">
          <FormField id="a-date" label="Data" error={submitted ? dateError : undefined}>
            <DateInput value={date} onChange={setDate} />
          </FormField>
          <FormField id="a-time" label="Hora" error={undefined}>
            <TimeInput value={time} onChange={setTime} />
          </FormField>
        </div>
        {!activity && <ActivityParticipantsField clientId={clientId} value={people} onChange={setPeople} />}
        <ErrorNote message={serverError} />
        <div className="form-actions">
          <button type="button" onClick={onClose} disabled={saving}>
            Cancelar
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Salvando…' : activity ? 'Reagendar' : 'Adicionar'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
