import { useEffect } from 'react';
import { useAuth } from '../auth/store';
import styles from './FirstSyncNotice.module.css';

/**
 * Said where an empty answer would mislead (F9, Dados ERP, "Enviar agora", Deps): the install's
 * first ERP sync has not finished, so "nothing found" is not yet true. Re-reads the state on mount.
 */
export function FirstSyncNotice({ what }: { what: string }) {
  const done = useAuth((s) => s.status?.setup.firstSyncDone ?? true);
  const load = useAuth((s) => s.load);
  useEffect(() => {
    if (!done) void load();
  }, [done, load]);
  if (done) return null;
  return (
    <p className={styles.notice} role="status" data-testid="first-sync-notice">
      A primeira sincronização com o ERP ainda não terminou: {what}
    </p>
  );
}
