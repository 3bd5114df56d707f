import { useCallback, useEffect, useState } from 'react';
import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { call } from '../../../lib/api';

export interface OverviewState {
  overview: IntegrationOverview | null;
  error: string | null;
  /** Why the ERP could not be asked for its name and version just now (the cached answer stays). */
  identityError: string | null;
  reload: () => Promise<void>;
  replace: (o: IntegrationOverview) => void;
}

/** Loads Informações Gerais, asks the ERP who it is once, and follows runs while they last. */
export function useOverview(version: number): OverviewState {
  const [overview, setOverview] = useState<IntegrationOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [identityError, setIdentityError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const r = await call('integration.overview', {});
    if (r.ok) setOverview(r.value);
    setError(r.ok ? null : r.error.message);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, version]);

  const active = overview?.active ?? false;
  useEffect(() => {
    if (!active) return;
    let live = true;
    void call('integration.erpIdentity.refresh', {}).then((r) => {
      if (!live) return;
      setIdentityError(r.ok ? null : r.error.message);
      if (r.ok) setOverview((o) => (o ? { ...o, erp: r.value } : o));
    });
    return () => {
      live = false;
    };
  }, [active, version]);

  const running = (overview?.runningRunIds.length ?? 0) > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void reload(), 1500);
    return () => clearInterval(timer);
  }, [running, reload]);

  return { overview, error, identityError, reload, replace: setOverview };
}
