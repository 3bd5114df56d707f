import { useState } from 'react';
import type { BureauQueryDetail } from '../../../shared/ipc/dto/bureau';
import type { Client, CreditStatus } from '../../../shared/ipc/dto/clients';
import type { CreditAllowance } from '../../../shared/ipc/dto/credit';
import {
  CREDIT_STATUSES,
  CREDIT_STATUS_LABEL,
  DEFAULT_CONFIRM_ABOVE_CENTS,
  checkCreditChange,
  needsIncreaseConfirmation,
} from '../../../shared/domain/credit';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import { MESSAGES } from '../../../shared/ipc/messages';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { useCan, useCurrentUser } from '../auth/store';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { LargeIncreaseConfirm } from './LargeIncreaseConfirm';
import { useFocusFirst } from '../../ui/useFocusFirst';

interface Props {
  client: Client;
  /** The query whose suggestion pre-fills the dialog; null for a change without a query. */
  detail: BureauQueryDetail | null;
  onSaved: (client: Client) => void;
  onClose: () => void;
}

/** Edição de situação/Limite de crédito, within what the group's cap leaves for this client in 24 h. */
export function CreditEditDialog({ client, detail, onSaved, onClose }: Props) {
  const user = useCurrentUser();
  const canEdit = useCan('clients.editCredit');
  const start = detail?.suggestion ?? { ...client, fromBureau: false };
  const [limitText, setLimitText] = useState(formatBRL(start.creditLimitCents));
  const [status, setStatus] = useState<CreditStatus>(start.creditStatus);
  const allowance: CreditAllowance | null =
    useChannelQuery('credit.allowance', { clientId: client.id }).data ?? null;
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
  const saving = update.isPending;
  const error = errorMessage(update.error);
  const [bigJumpConfirmed, setBigJumpConfirmed] = useState(false);
  const input = useFocusFirst<HTMLInputElement>();

  const cents = parseBRL(limitText);
  const check =
    cents === null
      ? { ok: false as const, reason: 'Valor inválido. Use reais, por exemplo 15.000,00.' }
      : checkCreditChange(
          client.creditLimitCents,
          cents,
          allowance ?? { capCents: user?.maxCreditIncreaseCents ?? null, usedCents: 0 },
          formatBRL,
        );
  const bigJump =
    check.ok &&
    cents !== null &&
    needsIncreaseConfirmation(
      check.increaseCents,
      allowance?.confirmAboveCents ?? DEFAULT_CONFIRM_ABOVE_CENTS,
    );
  const suggestedCents = start.fromBureau ? start.creditLimitCents : (allowance?.suggestedLimitCents ?? null);
  const unchanged = cents === client.creditLimitCents && status === client.creditStatus;
  const blocked = !canEdit ? MESSAGES.FORBIDDEN({ permission: 'clients.editCredit' }) : null;

  const save = async () => {
    if (saving || !check.ok || cents === null || unchanged || blocked || (bigJump && !bigJumpConfirmed))
      return;
    update.mutate(
      {
        clientId: client.id,
        creditLimitCents: cents,
        creditStatus: status,
        expectedCreditLimitCents: client.creditLimitCents,
        // An answer about someone else never justifies this client's change.
        bureauQueryId: detail?.subjectCheck.matches ? detail.row.id : null,
        confirmLargeIncrease: bigJump && bigJumpConfirmed,
      },
      { onSuccess: (r) => onSaved(r.client) },
    );
  };

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
            type="button"
            className="primary"
            disabled={!!blocked || !check.ok || unchanged || saving || (bigJump && !bigJumpConfirmed)}
            title={blocked ?? (unchanged ? 'Nada foi alterado.' : undefined)}
            onClick={() => void save()}
          >
            Confirmar
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
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        // A held Enter (e.g. from the confirmation before) must never confirm a credit change.
        onKeyDown={(e) => e.key === 'Enter' && e.repeat && e.preventDefault()}
      >
        <p className="muted">
          Atual: {formatBRL(client.creditLimitCents)} · {CREDIT_STATUS_LABEL[client.creditStatus]}
        </p>
        {allowance?.remainingCents != null && allowance.capCents !== null && (
          <p className="muted" data-testid="credit-allowance">
            Você ainda pode aumentar {formatBRL(allowance.remainingCents)} nas próximas{' '}
            {allowance.windowHours} h neste cliente (máximo do seu grupo: {formatBRL(allowance.capCents)} a
            cada {allowance.windowHours} h).
          </p>
        )}
        <label>
          Limite de crédito (R$)
          <input
            ref={input}
            value={limitText}
            onChange={(e) => setLimitText(e.target.value)}
            inputMode="decimal"
          />
        </label>
        <label>
          Situação de crédito
          <select value={status} onChange={(e) => setStatus(e.target.value as CreditStatus)}>
            {CREDIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CREDIT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {!check.ok && <p className="credit-warn">{check.reason}</p>}
      {bigJump && cents !== null && (
        <LargeIncreaseConfirm
          currentCents={client.creditLimitCents}
          newCents={cents}
          suggestedCents={suggestedCents}
          confirmed={bigJumpConfirmed}
          onConfirmedChange={setBigJumpConfirmed}
        />
      )}
      <ErrorNote message={blocked ?? error} />
    </Dialog>
  );
}
