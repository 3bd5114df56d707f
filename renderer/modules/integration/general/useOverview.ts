import type { IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import { errorMessage, useChannelQuery } from '../../../lib/query';

export interface OverviewState {
  overview: IntegrationOverview | null;
  error: string | null;
  /** Why the ERP could not be asked for its name and version just now (the cached answer stays). */
  identityError: string | null;
}

/** Informações Gerais, with the ERP asked who it is once per visit; polled while a run lasts. */
export function useOverview(): OverviewState {
  const q = useChannelQuery(
    'integration.overview',
    {},
    {
      refetchInterval: (query) => ((query.state.data?.runningRunIds.length ?? 0) > 0 ? 1500 : false),
    },
  );
  const active = q.data?.active ?? false;
  const identity = useChannelQuery(
    'integration.erpIdentity.refresh',
    {},
    {
      enabled: active,
      // The ERP's name and version change with an upgrade, not while the screen is open.
      staleTime: 5 * 60_000,
    },
  );
  const overview = q.data ? (identity.data ? { ...q.data, erp: identity.data } : q.data) : null;
  return { overview, error: errorMessage(q.error), identityError: errorMessage(identity.error) };
}
