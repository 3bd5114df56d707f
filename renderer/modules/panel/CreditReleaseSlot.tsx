import { useChannelQuery } from '../../lib/query';
import { useCan } from '../auth/store';
import { count } from './format';
import styles from './Panel.module.css';

/**
 * "Pedidos aguardando liberação": the same count as the Liberação de crédito badge (refetched on
 * every creditRelease.changed). Shown only to supervisors who may also see the queue.
 */
export function CreditReleaseSlot() {
  const allowed = useCan('creditRelease.release');
  const q = useChannelQuery('creditRelease.waitingCount', {}, { enabled: allowed });
  if (!allowed || !q.data) return null;
  const { waiting } = q.data;
  return (
    <div className={styles.card} data-testid="panel-credit-release">
      {/* A section of the Painel, right under its h1 (axe heading-order). */}
      <h2>Liberação de crédito</h2>
      <p>
        <strong>{count(waiting)}</strong> pedido{waiting === 1 ? '' : 's'} aguardando liberação
      </p>
    </div>
  );
}
