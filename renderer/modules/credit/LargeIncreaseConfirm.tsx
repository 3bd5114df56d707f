import { largeIncreaseMessage } from '../../../shared/domain/credit';
import { formatBRL } from '../../../shared/domain/money';
import noticeCss from '../../ui/notices.module.css';

interface Props {
  currentCents: number;
  newCents: number;
  suggestedCents: number | null;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}

/** A jump above the configured threshold is confirmed on purpose, seeing its size and the bureau's view. */
export function LargeIncreaseConfirm({
  currentCents,
  newCents,
  suggestedCents,
  confirmed,
  onConfirmedChange,
}: Props) {
  return (
    <div className={noticeCss.warn} data-testid="large-increase">
      <p>{largeIncreaseMessage(currentCents, newCents, suggestedCents, formatBRL)}</p>
      <label>
        <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmedChange(e.target.checked)} />
        Confirmo o aumento de {formatBRL(newCents - currentCents)}
      </label>
    </div>
  );
}
