import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import {
  receivablesSettingsFormSchema,
  type ReceivablesSettings,
  type ReceivablesSettingsFormValues,
} from '../../../shared/forms/receivables-settings.schema';
import { channelKey, errorMessage, useChannelMutation } from '../../lib/query';
import { FieldError } from '../../ui/FieldError';
import styles from './ReceivablesSection.module.css';
import fieldsCss from '../../ui/fields.module.css';

/** "Tempo máximo sem sucesso (horas)": a failed save keeps what was typed and says why. */
export function ReceivablesHoursForm({ saved }: { saved: number }) {
  const save = useChannelMutation('receivables.settings.save', {
    invalidates: ['receivables.alert', 'integration.overview'],
    onSuccess: (next, _i, _r, ctx) => ctx.client.setQueryData(channelKey('receivables.status', {}), next),
  });
  const {
    register,
    handleSubmit,
    reset,
    watch,
    formState: { errors },
  } = useForm<ReceivablesSettingsFormValues, unknown, ReceivablesSettings>({
    resolver: zodResolver(receivablesSettingsFormSchema),
    defaultValues: { maxHoursWithoutSuccess: String(saved) },
  });
  useEffect(() => reset({ maxHoursWithoutSuccess: String(saved) }), [saved, reset]);
  const unchanged = watch('maxHoursWithoutSuccess') === String(saved);
  const error = errors.maxHoursWithoutSuccess?.message ?? errorMessage(save.error);
  const submit = handleSubmit((input) => save.mutateAsync(input).catch(() => undefined));

  return (
    <div className={fieldsCss.field}>
      <dt>
        <label htmlFor="receivables-max-hours">Tempo máximo sem sucesso (horas)</label>
      </dt>
      <dd>
        <form
          className={styles.hours}
          aria-label="Tempo máximo sem sucesso"
          noValidate
          onSubmit={(e) => void submit(e)}
        >
          <input
            id="receivables-max-hours"
            type="number"
            min={1}
            max={720}
            inputMode="numeric"
            {...register('maxHoursWithoutSuccess')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'receivables-max-hours-error' : undefined}
          />
          <button
            type="submit"
            className={save.isPending ? 'is-busy' : undefined}
            aria-busy={save.isPending}
            disabled={save.isPending || unchanged}
          >
            Salvar limite
          </button>
        </form>
        <FieldError id="receivables-max-hours-error" message={error ?? undefined} />
      </dd>
    </div>
  );
}
