import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import {
  activityFormSchema,
  type ActivityFormOutput,
  type ActivityFormValues,
} from '../../../../shared/forms/activity.schema';
import { type ActivityKind, type ClientActivity } from '../../../../shared/ipc/dto/client-activities';
import { ACTIVITY_KIND_LABEL, ACTIVITY_KINDS } from '../../../../shared/domain/activities';
import { toSaoPauloParts } from '../../../../shared/domain/dates';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FormField } from '../../../ui/FormField';
import { ActivityParticipantsField, type ParticipantChoice } from './ActivityParticipantsField';
import { DateInput } from '../../../ui/DateInput';
import { TimeInput } from '../../../ui/TimeInput';
import { useClientConsent } from '../useClientConsent';
import formCss from '../../../ui/forms.module.css';
import { useCurrentUser } from '../../auth/store';
import { useFormDraft } from '../../../ui/draft-store';
import { DraftNote } from '../../../ui/DraftNote';

const NO_PEOPLE: ParticipantChoice = { participants: [], notify: false };

const pad = (n: number) => String(n).padStart(2, '0');
function localParts(iso: string): { date: string; time: string } {
  const p = toSaoPauloParts(new Date(iso));
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}
const defaultsFor = (activity: ClientActivity | null, callsBlocked: boolean): ActivityFormValues => {
  const start = localParts(activity?.dueAt ?? nextHour());
  const kind = activity?.kind ?? (callsBlocked ? 'task' : 'call');
  return { kind, title: activity?.title ?? '', date: start.date, time: start.time };
};
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
  const userId = useCurrentUser()?.id ?? 0;
  // What was typed before a save failed (central database unreachable) comes back here.
  const draft = useFormDraft<{ form: ActivityFormValues; people: ParticipantChoice }>(
    `activity:${userId}:${clientId}:${activity?.id ?? 'new'}`,
  );
  const [showDraft, setShowDraft] = useState(draft.recovered !== null);
  const [people, setPeople] = useState<ParticipantChoice>(draft.recovered?.people ?? NO_PEOPLE);
  // "Discagens bloqueadas" (ERP): the console does not plan a call to this client.
  const { calls } = useClientConsent(clientId);
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ActivityFormValues, unknown, ActivityFormOutput>({
    resolver: zodResolver(activityFormSchema),
    // Read once, on the first render: the dialog opens at the next full hour (or the activity's).
    defaultValues: draft.recovered?.form ?? defaultsFor(activity, calls.blocked),
  });
  // Controlled pt-BR fields, still direct children of FormField (which gives them id and aria-*).
  const { field: dateField } = useController({ control, name: 'date' });
  const { field: timeField } = useController({ control, name: 'time' });
  const saving = isSubmitting;

  const submit = handleSubmit(async (values) => {
    const error = await onSave({ ...values, ...people });
    if (error) {
      draft.keep({ form: getValues(), people });
      setError('root.server', { message: error });
    } else {
      draft.clear();
      onClose();
    }
  });
  const discardDraft = () => {
    draft.clear();
    setShowDraft(false);
    setPeople(NO_PEOPLE);
    reset(defaultsFor(activity, calls.blocked));
  };

  return (
    <Dialog title={activity ? `Reagendar: ${activity.title}` : 'Nova atividade'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Atividade">
        {showDraft && <DraftNote onDiscard={discardDraft} />}
        {!activity && (
          <>
            <FormField id="a-kind" label="Tipo" error={undefined} hint={calls.reason ?? undefined}>
              <select {...register('kind')}>
                {ACTIVITY_KINDS.map((k) => (
                  <option key={k} value={k} disabled={k === 'call' && calls.blocked}>
                    {ACTIVITY_KIND_LABEL[k]}
                    {k === 'call' && calls.blocked ? ' (discagens bloqueadas)' : ''}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id="a-title" label="Título" error={errors.title?.message}>
              <input {...register('title')} autoFocus />
            </FormField>
          </>
        )}
        <div className={formCss.inlineFields}>
          <FormField id="a-date" label="Data" error={errors.date?.message ?? errors.time?.message}>
            <DateInput value={dateField.value} onChange={dateField.onChange} />
          </FormField>
          <FormField id="a-time" label="Hora" error={undefined}>
            <TimeInput value={timeField.value} onChange={timeField.onChange} />
          </FormField>
        </div>
        {!activity && <ActivityParticipantsField clientId={clientId} value={people} onChange={setPeople} />}
        <ErrorNote message={errors.root?.server?.message ?? null} />
        <div className={formCss.formActions}>
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
