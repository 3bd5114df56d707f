import { useQuery } from '@tanstack/react-query';
import { count } from './format';
import { creditReleaseChannel, fetchCreditReleaseWaiting } from './creditReleaseSlot';
import styles from './Panel.module.css';

/** "Pedidos aguardando liberação": shown only when the credit release feature exists (see the adapter). */
export function CreditReleaseSlot() {
  const q = useQuery({
    queryKey: [creditReleaseChannel ?? 'creditRelease.absent'],
    queryFn: fetchCreditReleaseWaiting,
    enabled: creditReleaseChannel !== null,
  });
  if (creditReleaseChannel === null || q.data == null) return null;
  return (
    <div className={styles.card} data-testid="panel-credit-release">
      <h3>Liberação de crédito</h3>
      <p>
        <strong>{count(q.data)}</strong> pedido{q.data === 1 ? '' : 's'} aguardando liberação
      </p>
    </div>
  );
}
