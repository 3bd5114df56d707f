import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { formatBRL } from '../../../shared/domain/money';
import {
  creditPolicyFormSchema,
  type CreditPolicyFormValues,
  type CreditPolicySave,
} from '../../../shared/forms/credit-policy.schema';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { FieldError } from '../../ui/FieldError';
import styles from './CreditConfirmThreshold.module.css';

/** Above this increase the limit dialog asks for an explicit confirmation, whatever the group's cap. */
export function CreditConfirmThreshold() {
  const saved = useChannelQuery('credit.policy', {}).data?.confirmAboveCents;
  const save = useChannelMutation('credit.policy.save', {
    onSuccess: (next, _i, _r, ctx) => ctx.client.setQueryData(channelKey('credit.policy', {}), next),
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<CreditPolicyFormValues, unknown, CreditPolicySave>({
    resolver: zodResolver(creditPolicyFormSchema),
    defaultValues: { confirmAbove: '' },
  });
  useEffect(() => {
    if (saved !== undefined) reset({ confirmAbove: formatBRL(saved) });
  }, [saved, reset]);
  const error = errors.confirmAbove?.message ?? errorMessage(save.error) ?? undefined;
  const submit = handleSubmit((input) => save.mutateAsync(input).catch(() => undefined));

  return (
    <form
      className={styles.form}
      aria-label="Confirmação de aumentos de limite"
      noValidate
      onSubmit={(e) => {
        save.reset();
        void submit(e);
      }}
    >
      <label htmlFor="credit-confirm-above">Pedir confirmação para aumentos de limite acima de (R$)</label>
      <div className={styles.row}>
        <input
          id="credit-confirm-above"
          {...register('confirmAbove')}
          inputMode="decimal"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'credit-confirm-above-error' : undefined}
        />
        <button
          type="submit"
          className={save.isPending ? 'is-busy' : undefined}
          aria-busy={save.isPending}
          disabled={save.isPending}
        >
          Salvar
        </button>
        {save.isSuccess && (
          <span className={styles.saved} role="status">
            Salvo.
          </span>
        )}
      </div>
      <FieldError id="credit-confirm-above-error" message={error} />
    </form>
  );
}
