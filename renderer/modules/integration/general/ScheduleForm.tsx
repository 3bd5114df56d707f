import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  integrationScheduleFormSchema,
  type IntegrationSchedule,
  type IntegrationScheduleFormValues,
} from '../../../../shared/forms/integration-schedule.schema';
import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { call } from '../../../lib/api';
import { ErrorNote } from '../../../ui/ErrorNote';
import { TimeInput } from '../../../ui/TimeInput';

interface Props {
  o: IntegrationOverview;
  onSaved: (o: IntegrationOverview) => void;
}

const valuesOf = (o: IntegrationOverview): IntegrationScheduleFormValues => ({
  syncTime: o.syncTime,
  maxHoursWithoutSuccess: String(o.maxHoursWithoutSuccess),
});

/** Agendamento (daily time of the ERP sync) and the hours without success before the alert. */
export function ScheduleForm({ o, onSaved }: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<IntegrationScheduleFormValues, unknown, IntegrationSchedule>({
    resolver: zodResolver(integrationScheduleFormSchema),
    defaultValues: valuesOf(o),
  });

  // Another screen (or another agent) may change the schedule: show what is saved now.
  useEffect(() => {
    reset({ syncTime: o.syncTime, maxHoursWithoutSuccess: String(o.maxHoursWithoutSuccess) });
  }, [o.syncTime, o.maxHoursWithoutSuccess, reset]);

  const save = handleSubmit(async (input) => {
    setNotice(null);
    const r = await call('integration.settings.save', input);
    if (!r.ok) return setError('root.server', { message: r.error.message });
    setNotice('Agendamento salvo.');
    onSaved(r.value);
  });
  const error =
    errors.syncTime?.message ??
    errors.maxHoursWithoutSuccess?.message ??
    errors.root?.server?.message ??
    null;

  return (
    <form
      className="integration-schedule"
      aria-label="Agendamento da integração"
      noValidate
      onSubmit={(e) => {
        setNotice(null);
        void save(e);
      }}
    >
      <label>
        Agendamento
        <Controller
          control={control}
          name="syncTime"
          render={({ field }) => (
            <TimeInput
              value={field.value}
              required
              onChange={field.onChange}
              aria-invalid={errors.syncTime ? true : undefined}
            />
          )}
        />
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
            {...register('maxHoursWithoutSuccess')}
            aria-invalid={errors.maxHoursWithoutSuccess ? true : undefined}
          />
          horas
        </span>
      </label>
      <button type="submit" className="primary" disabled={isSubmitting}>
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
