import { useEffect } from 'react';
import { useCan } from '../auth/store';
import { useChannelQuery } from '../../lib/query';
import { useWorkspace } from '../workspace/store';
import styles from './CreditReleaseNav.module.css';

/** The key that opens the queue from anywhere (next to F9, the client search). */
export const CREDIT_RELEASE_KEY = 'F7';

const openQueue = () => useWorkspace.getState().show({ kind: 'creditRelease' });

/**
 * The top bar entry of "Liberação de crédito" with the number of blocked orders waiting for a
 * decision (refetched on every `creditRelease.changed`), and F7 to open it. Absent without the
 * permission.
 */
export function CreditReleaseNavButton() {
  const allowed = useCan('creditRelease.release');
  const active = useWorkspace((s) => s.view.kind === 'creditRelease');
  const count = useChannelQuery('creditRelease.waitingCount', {}, { enabled: allowed }).data;
  useEffect(() => {
    if (!allowed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== CREDIT_RELEASE_KEY || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      openQueue();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed]);
  if (!allowed) return null;
  const waiting = count?.waiting ?? null;
  return (
    <button
      type="button"
      className={active ? `${styles.nav} ${styles.active}` : styles.nav}
      aria-current={active ? 'page' : undefined}
      title={
        count && count.awaitingErp > 0
          ? `Liberação de crédito (${CREDIT_RELEASE_KEY}) · ${count.awaitingErp.toLocaleString('pt-BR')} ${count.awaitingErp === 1 ? 'decisão aguardando' : 'decisões aguardando'} o ERP`
          : `Liberação de crédito (${CREDIT_RELEASE_KEY})`
      }
      onClick={openQueue}
    >
      Liberação de crédito
      {waiting !== null && (
        <span
          className={waiting > 0 ? styles.badge : `${styles.badge} ${styles.zero}`}
          data-testid="credit-release-badge"
        >
          {waiting.toLocaleString('pt-BR')}
          <span className={styles.srOnly}> {waiting === 1 ? 'pedido aguardando' : 'pedidos aguardando'}</span>
        </span>
      )}
      <kbd>{CREDIT_RELEASE_KEY}</kbd>
    </button>
  );
}
