import { useChannelQuery } from '../lib/query';
import styles from './StatusBar.module.css';

const POLL_MS = 5 * 60_000;

/** The console's status bar: integration alerts every agent should notice (receivables not reaching the bureau, ERP down). */
export function StatusBar() {
  // Main pushes `erp.availability` the moment the ERP circuit opens, probes or closes; the event
  // marks this answer stale (query-events.ts), so there is no polling delay.
  const erpDown = useChannelQuery(
    'erp.availability',
    {},
    {
      select: (a) => (a.state === 'available' ? null : a.message),
    },
  ).data;
  // The receivables alert is a matter of hours without success: a slow poll is enough.
  const alert = useChannelQuery(
    'receivables.alert',
    {},
    {
      refetchInterval: POLL_MS,
      select: (r) => r.alert,
    },
  ).data;
  return (
    <footer className={styles.bar} aria-label="Barra de status">
      {erpDown && (
        <span className={styles.alert} role="status" data-testid="status-bar-erp">
          {erpDown}
        </span>
      )}
      {alert && (
        <span className={styles.alert} role="alert" data-testid="status-bar-alert">
          {alert}
        </span>
      )}
    </footer>
  );
}
