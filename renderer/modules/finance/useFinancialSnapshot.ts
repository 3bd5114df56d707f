import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Client } from '../../../shared/ipc/dto/clients';
import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { callOrThrow } from '../../lib/api';
import { channelKey, errorMessage } from '../../lib/query';

/** How long a live answer is shown again without asking the ERP when the client is shown again. */
const LIVE_FOR_MS = 60_000;

/** The one cache entry of a client's credit picture: every place that shows it reads this key. */
export const creditPictureKey = (clientId: number) => channelKey('finance.summary.cached', { clientId });

async function readCachedPicture(queryClient: QueryClient, clientId: number): Promise<FinancialSnapshot> {
  const fresh = await callOrThrow('finance.summary.cached', { clientId });
  const shown = queryClient.getQueryData<FinancialSnapshot>(creditPictureKey(clientId));
  // "Possivelmente desatualizados" stays until the ERP answers again (the live read clears it).
  return shown?.stale
    ? { ...fresh, stale: true, staleCode: shown.staleCode, staleReason: shown.staleReason }
    : fresh;
}

async function readLivePicture(queryClient: QueryClient, clientId: number): Promise<string> {
  const live = await callOrThrow('finance.summary.refresh', { clientId });
  // The live answer is main's newest picture (read after the ERP replied): a cached read still
  // on its way is older and must not land over it.
  await queryClient.cancelQueries({ queryKey: creditPictureKey(clientId), exact: true });
  queryClient.setQueryData(creditPictureKey(clientId), live);
  return live.updatedAt ?? '';
}

/**
 * Cached values at once, then the ERP's answer in the background — no click needed. ONE cache
 * entry (`creditPictureKey`) holds the picture: the local read fills it first and the live read
 * overwrites it (the live read's own entry holds only its status). The client screen calls this
 * once and passes the result to its header and Informações Financeiras: two subscriptions would
 * re-render at different moments (a component re-rendered for another reason reads the entry
 * before the other is told of the change), and the agent would see two limits for a frame.
 */
export function useFinancialSnapshot(clientId: number) {
  const queryClient = useQueryClient();
  const picture = useQuery({
    queryKey: creditPictureKey(clientId),
    queryFn: () => readCachedPicture(queryClient, clientId),
  });
  const live = useQuery({
    queryKey: channelKey('finance.summary.refresh', { clientId }),
    queryFn: () => readLivePicture(queryClient, clientId),
    staleTime: LIVE_FOR_MS,
  });
  const snapshot = picture.data ?? null;
  return {
    snapshot: snapshot && snapshot.clientId === clientId ? snapshot : null,
    refreshing: live.isFetching,
    error: errorMessage(live.isFetching ? picture.error : (live.error ?? picture.error)),
    refresh: () => live.refetch(),
  };
}

/** A client's credit picture as a screen reads it once and hands to each place that shows it. */
export type CreditPicture = ReturnType<typeof useFinancialSnapshot>;

/** The client as the credit dialogs must see it: limit, balance and situation from the picture. */
export function withCreditPicture(client: Client, snapshot: FinancialSnapshot | null): Client {
  if (!snapshot || snapshot.clientId !== client.id) return client;
  const { creditLimitCents, availableBalanceCents, creditStatus } = snapshot.values;
  return { ...client, creditLimitCents, availableBalanceCents, creditStatus };
}
