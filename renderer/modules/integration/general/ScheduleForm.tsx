import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  integrationScheduleFormSchema,
  type IntegrationSchedule,
  type IntegrationScheduleFormValues,
} from '../../../../shared/forms/integration-schedule.schema';
import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { channelKey, errorMessage, useChannelMutation } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { TimeInput } from '../../../ui/TimeInput';
import styles from './ScheduleForm.module.css';

const valuesOf = (o: IntegrationOverview): IntegrationScheduleFormValues => ({
  syncTime: o.syncTime,
  maxHoursWithoutSuccess: String(o.maxHoursWithoutSuccess),
});

/** Agendamento (daily time of the ERP sync) and the hours without success before the alert. */
export function ScheduleForm({ o }: { o: IntegrationOverview }) {
  const save = useChannelMutation('integration.settings.save', {
    invalidates: ['erp.settings.get', 'erp.sync.status', 'receivables.status', 'receivables.alert'],
    // The answer is the new overview: painted at once, no second read.
    onSuccess: (next, _input, _r, ctx) =>
      ctx.client.setQueryData(channelKey('integration.overview', {}), next),
  });
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<IntegrationScheduleFormValues, unknown, IntegrationSchedule>({
    resolver: zodResolver(integrationScheduleFormSchema),
    defaultValues: valuesOf(o),
  });

  // Another screen (or another agent) may change the schedule: show what is saved now.
  useEffect(() => {
    reset({ syncTime: o.syncTime, maxHoursWithoutSuccess: String(o.maxHoursWithoutSuccess) });
  }, [o.syncTime, o.maxHoursWithoutSuccess, reset]);

  const submit = handleSubmit((input) => save.mutateAsync(input).catch(() => undefined));
  const error =
    errors.syncTime?.message ?? errors.maxHoursWithoutSuccess?.message ?? errorMessage(save.error);

  return (
    <form
      className={styles.form}
      aria-label="Agendamento da integração"
      noValidate
      onSubmit={(e) => {
        save.reset();
        void submit(e);
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
        <span className={styles.hours}>
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
      <button
        type="submit"
        className={save.isPending ? 'primary is-busy' : 'primary'}
        aria-busy={save.isPending}
        disabled={save.isPending}
      >
        Salvar
      </button>
      {error && (
        <div className={styles.wide}>
          <ErrorNote message={error} />
        </div>
      )}
      {save.isSuccess && (
        <p className={styles.notice} role="status">
          Agendamento salvo.
        </p>
      )}
    </form>
  );
}
