import {
  CREDIT_BLOCK_REASON_LABEL,
  DECISION_STATE_LABEL,
  ORDER_CREDIT_STATE_LABEL,
} from '../../../shared/domain/credit-release';
import type { CreditOrderRow } from '../../../shared/ipc/dto/credit-release';
import { Badge } from '../../ui/Badge';
import { formatDateTimeBR } from '../../ui/format';

const KIND_DONE = { release: 'Liberado', reject: 'Rejeitado' } as const;

/** What a decision still waiting (or refused) says in full, for the row's tooltip and the view. */
export function decisionSentence(order: CreditOrderRow): string | null {
  const d = order.decision;
  if (!d) return null;
  const who = `${KIND_DONE[d.kind]} por ${d.userName} em ${formatDateTimeBR(d.at)}`;
  if (d.state === 'waiting_erp') return `${who}: aguardando confirmação do ERP.`;
  return `${who}. ${d.message ?? DECISION_STATE_LABEL[d.state]}`;
}

/** Whether a decision is on its way to the ERP: nobody may decide the order again meanwhile. */
export const awaitingErp = (order: CreditOrderRow): boolean => order.decision?.state === 'waiting_erp';

/** Whether an analyst may release or reject it now (after a conflict or refusal, again). */
export const decidable = (order: CreditOrderRow): boolean =>
  order.creditState === 'blocked' && !awaitingErp(order);

/** The order's credit state: the pending decision first ("Aguardando ERP", conflict), then the ERP's. */
export function OrderStateBadge({ order }: { order: CreditOrderRow }) {
  const d = order.decision;
  if (d) {
    return (
      <Badge tone={d.state === 'waiting_erp' ? 'warn' : 'bad'} title={decisionSentence(order) ?? undefined}>
        {d.state === 'waiting_erp' ? `${KIND_DONE[d.kind]} · aguardando ERP` : DECISION_STATE_LABEL[d.state]}
      </Badge>
    );
  }
  const settled =
    order.decidedBy && order.decidedAt
      ? `${ORDER_CREDIT_STATE_LABEL[order.creditState]} por ${order.decidedBy} em ${formatDateTimeBR(order.decidedAt)}`
      : undefined;
  if (order.creditState === 'blocked')
    return (
      <Badge tone="bad">
        {order.blockReason ? CREDIT_BLOCK_REASON_LABEL[order.blockReason] : 'Bloqueado'}
      </Badge>
    );
  return (
    <Badge tone={order.creditState === 'released' ? 'ok' : 'neutral'} title={settled}>
      {ORDER_CREDIT_STATE_LABEL[order.creditState]}
    </Badge>
  );
}
