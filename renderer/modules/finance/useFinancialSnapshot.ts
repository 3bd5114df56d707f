import { useCallback, useEffect, useRef, useState } from 'react';
import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { call } from '../../lib/api';

/**
 * Cached values at once, then the ERP's answer in the background — no click needed.
 * A late cached answer never overwrites a fresher live one, and answers for a client that is
 * no longer shown, or from a superseded refresh, are dropped.
 */
export function useFinancialSnapshot(clientId: number) {
  const [snapshot, setSnapshot] = useState<FinancialSnapshot | null>(null);
  const [refreshing, setRefreshing] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const shown = useRef(clientId);
  const refreshSeq = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++refreshSeq.current;
    setRefreshing(true);
    const r = await call('finance.summary.refresh', { clientId });
    if (mine !== refreshSeq.current || shown.current !== clientId) return;
    setRefreshing(false);
    if (r.ok) {
      setSnapshot(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [clientId]);

  useEffect(() => {
    shown.current = clientId;
    setSnapshot(null);
    setError(null);
    void call('finance.summary.cached', { clientId }).then((r) => {
      if (shown.current !== clientId) return;
      if (r.ok) setSnapshot((current) => current ?? r.value);
      else setError(r.error.message);
    });
    void refresh();
  }, [clientId, refresh]);

  return { snapshot, refreshing, error, refresh };
}
