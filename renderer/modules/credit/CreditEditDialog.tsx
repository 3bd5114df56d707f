import { useState } from 'react';
import type { BureauQueryDetail } from '../../../shared/ipc/dto/bureau';
import type { Client, CreditStatus } from '../../../shared/ipc/dto/clients';
import { CREDIT_STATUSES, CREDIT_STATUS_LABEL, checkCreditChange } from '../../../shared/domain/credit';
import { formatBRL, parseBRL } from '../../../shared/domain/money';
import { call } from '../../lib/api';
import { useCan, useCurrentUser } from '../auth/store';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFocusFirst } from './useFocusFirst';

interface Props {
  client: Client;
  /** The query whose suggestion pre-fills the dialog; null for a change without a query. */
  detail: BureauQueryDetail | null;
  onSaved: (client: Client) => void;
  onClose: () => void;
}

/** Edição de situação/Limite de crédito, within the group's maximum increase per change. */
export function CreditEditDialog({ client, detail, onSaved, onClose }: Props) {
  const user = useCurrentUser();
  const canEdit = useCan('clients.editCredit');
  const start = detail?.suggestion ?? { ...client, fromBureau: false };
  const [limitText, setLimitText] = useState(formatBRL(start.creditLimitCents));
  const [status, setStatus] = useState<CreditStatus>(start.creditStatus);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useFocusFirst<HTMLInputElement>();

  const cents = parseBRL(limitText);
  const check =
    cents === null
      ? { ok: false as const, reason: 'Valor inválido. Use reais, por exemplo 15.000,00.' }
      : checkCreditChange(client.creditLimitCents, cents, user?.maxCreditIncreaseCents ?? null, formatBRL);
  const unchanged = cents === client.creditLimitCents && status === client.creditStatus;
  const blocked = !canEdit
    ? 'Você não tem a permissão "Clientes - Editar situação/limite de crédito".'
    : null;

  const save = async () => {
    if (saving || !check.ok || cents === null || unchanged || blocked) return;
    setSaving(true);
    const r = await call('credit.update', {
      clientId: client.id,
      creditLimitCents: cents,
      creditStatus: status,
      expectedCreditLimitCents: client.creditLimitCents,
      bureauQueryId: detail?.row.id ?? null,
    });
    setSaving(false);
    if (r.ok) onSaved(r.value.client);
    else setError(r.error.message);
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
            disabled={!!blocked || !check.ok || unchanged || saving}
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
          {start.fromBureau
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
          {user?.maxCreditIncreaseCents != null &&
            ` · aumento máximo do seu grupo: ${formatBRL(user.maxCreditIncreaseCents)}`}
        </p>
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
      <ErrorNote message={blocked ?? error} />
    </Dialog>
  );
}
