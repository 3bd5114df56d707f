import {
  CREDIT_BLOCK_REASONS,
  CREDIT_BLOCK_REASON_LABEL,
  type CreditBlockReason,
} from '../../../shared/domain/credit-release';
import type { CreditReasonCounts } from '../../../shared/ipc/dto/credit-release';
import styles from './CreditRelease.module.css';

/** Blocked orders per reason; each count is also the reason filter (pressed = shown). */
export function ReasonCounts({
  counts,
  selected,
  onChange,
}: {
  counts: CreditReasonCounts | null;
  selected: CreditBlockReason[];
  onChange: (reasons: CreditBlockReason[]) => void;
}) {
  return (
    <div className={styles.counts} role="group" aria-label="Pedidos por motivo do bloqueio">
      {CREDIT_BLOCK_REASONS.map((r) => {
        const on = selected.includes(r);
        return (
          <button
            key={r}
            type="button"
            className={styles.countChip}
            aria-pressed={on}
            data-testid={`reason-count-${r}`}
            onClick={() => onChange(on ? selected.filter((x) => x !== r) : [...selected, r])}
          >
            {CREDIT_BLOCK_REASON_LABEL[r]}: {counts ? counts[r].toLocaleString('pt-BR') : '…'}
          </button>
        );
      })}
    </div>
  );
}
