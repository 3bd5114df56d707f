import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { BureauQueryDetail } from '../../../shared/ipc/dto/bureau';
import type { Client } from '../../../shared/ipc/dto/clients';
import {
  CREDIT_STATUSES,
  CREDIT_STATUS_LABEL,
  DEFAULT_CONFIRM_ABOVE_CENTS,
  needsIncreaseConfirmation,
} from '../../../shared/domain/credit';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import {
  creditFormSchema,
  limitProblem,
  type CreditFormParsed,
  type CreditFormValues,
} from '../../../shared/forms/credit.schema';
import { MESSAGES } from '../../../shared/ipc/messages';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { useCan, useCurrentUser } from '../auth/store';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { FormField } from '../../ui/FormField';
import { Select } from '../../ui/Select';
import { LargeIncreaseConfirm } from './LargeIncreaseConfirm';
import styles from './CreditEditDialog.module.css';

interface Props {
  client: Client;
  /** The query whose suggestion pre-fills the dialog; null for a change without a query. */
  detail: BureauQueryDetail | null;
  onSaved: (client: Client) => void;
  onClose: () => void;
}

const STATUS_OPTIONS = CREDIT_STATUSES.map((s) => ({ value: s, label: CREDIT_STATUS_LABEL[s] }));

/** Edição de situação/Limite de crédito, within what the group's cap leaves for this client in 24 h. */
export function CreditEditDialog({ client, detail, onSaved, onClose }: Props) {
  const user = useCurrentUser();
  const canEdit = useCan('clients.editCredit');
  const formId = useId();
  const start = detail?.suggestion ?? { ...client, fromBureau: false };
  const allowanceQuery = useChannelQuery('credit.allowance', { clientId: client.id });
  const allowance = allowanceQuery.data ?? null;
  const budget = allowance ?? { capCents: user?.maxCreditIncreaseCents ?? null, usedCents: 0 };
  // The rule credit.update's registry and service also apply: one schema, with this client's budget.
  const schema = useMemo(
    () => creditFormSchema(client.creditLimitCents, budget),
    [client.creditLimitCents, budget.capCents, budget.usedCents], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const { register, handleSubmit, control, watch } = useForm<CreditFormValues, unknown, CreditFormParsed>({
    resolver: zodResolver(schema),
    defaultValues: { limit: formatBRL(start.creditLimitCents), status: start.creditStatus },
  });
  const { field: statusField } = useController({ control, name: 'status' });
  // A saved change moves the 24 h budget, the client's queries and its Histórico.
  const update = useChannelMutation('credit.update', {
    // The finance figures too: the header and Informações Financeiras read the one credit picture.
    invalidates: [
      'credit.allowance',
      'bureau.query.list',
      'clientHistory.list',
      'finance.summary.cached',
      'finance.summary.refresh',
    ],
  });
  const [bigJumpConfirmed, setBigJumpConfirmed] = useState(false);

  // Live feedback from the same rule the resolver runs on submit.
  const limitText = watch('limit');
  const status = watch('status');
  const problem = limitProblem(limitText, client.creditLimitCents, budget);
  const cents = problem ? null : parseBRL(limitText);
  const increase = cents === null ? 0 : cents - client.creditLimitCents;
  const bigJump =
    cents !== null &&
    needsIncreaseConfirmation(increase, allowance?.confirmAboveCents ?? DEFAULT_CONFIRM_ABOVE_CENTS);
  const suggestedCents = start.fromBureau ? start.creditLimitCents : (allowance?.suggestedLimitCents ?? null);
  const unchanged = cents === client.creditLimitCents && status === client.creditStatus;
  const blocked = !canEdit ? MESSAGES.FORBIDDEN({ permission: 'clients.editCredit' }) : null;
  const cannotSave =
    !!blocked || cents === null || unchanged || update.isPending || (bigJump && !bigJumpConfirmed);

  const save = handleSubmit((v) => {
    if (cannotSave) return;
    update.mutate(
      {
        clientId: client.id,
        creditLimitCents: v.creditLimitCents,
        creditStatus: v.creditStatus,
        expectedCreditLimitCents: client.creditLimitCents,
        // An answer about someone else never justifies this client's change.
        bureauQueryId: detail?.subjectCheck.matches ? detail.row.id : null,
        confirmLargeIncrease: bigJump && bigJumpConfirmed,
      },
      { onSuccess: (r) => onSaved(r.client) },
    );
  });

  return (
    <Dialog
      title="Edição de situação/Limite de crédito"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Agora não
          </button>
          <button
            type="submit"
            form={formId}
            className="primary"
            disabled={cannotSave}
            title={blocked ?? (unchanged ? 'Nada foi alterado.' : undefined)}
          >
            {update.isPending ? 'Salvando…' : 'Confirmar'}
          </button>
        </>
      }
    >
      {detail && (
        <p className="muted" data-testid="credit-suggestion">
          {!detail.subjectCheck.matches
            ? 'A consulta é de outro titular: os valores atuais do cliente estão preenchidos.'
            : start.fromBureau
              ? `Sugestão do bureau: ${formatBRL(start.creditLimitCents)}, situação ${CREDIT_STATUS_LABEL[start.creditStatus]}.`
              : 'O bureau não sugeriu limite nesta consulta; os valores atuais do cliente estão preenchidos.'}
        </p>
      )}
      <form
        id={formId}
        className={styles.form}
        noValidate
        onSubmit={(e) => void save(e)}
        // A held Enter (e.g. from the confirmation before) must never confirm a credit change.
        onKeyDown={(e) => e.key === 'Enter' && e.repeat && e.preventDefault()}
      >
        <p className={`muted ${styles.current}`}>
          Atual: {formatBRL(client.creditLimitCents)} · {CREDIT_STATUS_LABEL[client.creditStatus]}
        </p>
        {allowance?.remainingCents != null && allowance.capCents !== null && (
          <p className="muted" data-testid="credit-allowance">
            Você ainda pode aumentar {formatBRL(allowance.remainingCents)} nas próximas{' '}
            {allowance.windowHours} h neste cliente (máximo do seu grupo: {formatBRL(allowance.capCents)} a
            cada {allowance.windowHours} h).
          </p>
        )}
        <div className={styles.fields}>
          <FormField id={`${formId}-limit`} label="Limite de crédito (R$)" error={problem}>
            <input {...register('limit')} autoFocus inputMode="decimal" autoComplete="off" />
          </FormField>
          <FormField id={`${formId}-status`} label="Situação de crédito" error={undefined}>
            <Select
              label="Situação de crédito"
              value={statusField.value}
              onChange={statusField.onChange}
              options={STATUS_OPTIONS}
            />
          </FormField>
        </div>
      </form>
      {bigJump && cents !== null && (
        <LargeIncreaseConfirm
          currentCents={client.creditLimitCents}
          newCents={cents}
          suggestedCents={suggestedCents}
          confirmed={bigJumpConfirmed}
          onConfirmedChange={setBigJumpConfirmed}
        />
      )}
      <ErrorNote message={blocked ?? errorMessage(update.error)} />
    </Dialog>
  );
}
