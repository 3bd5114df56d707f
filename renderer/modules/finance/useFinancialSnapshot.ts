import type { Client } from '../../../shared/ipc/dto/clients';
import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { errorMessage, useChannelQuery } from '../../lib/query';

/** How long a live answer is shown again without asking the ERP when the client is shown again. */
const LIVE_FOR_MS = 60_000;

/**
 * Cached values at once, then the ERP's answer in the background — no click needed. Two
 * queries: the live one wins as soon as it exists, so a late cached answer never hides it, and
 * each client has its own entries, so an answer for another client never shows here.
 */
export function useFinancialSnapshot(clientId: number) {
  const cached = useChannelQuery('finance.summary.cached', { clientId });
  const live = useChannelQuery('finance.summary.refresh', { clientId }, { staleTime: LIVE_FOR_MS });
  return {
    snapshot: live.data ?? cached.data ?? null,
    refreshing: live.isFetching,
    error: errorMessage(live.isFetching ? cached.error : (live.error ?? cached.error)),
    refresh: () => live.refetch(),
  };
}

/** The client as the credit dialogs must see it: limit, balance and situation from the picture. */
export function withCreditPicture(client: Client, snapshot: FinancialSnapshot | null): Client {
  if (!snapshot || snapshot.clientId !== client.id) return client;
  const { creditLimitCents, availableBalanceCents, creditStatus } = snapshot.values;
  return { ...client, creditLimitCents, availableBalanceCents, creditStatus };
}
