/**
 * ADAPTER — credit release queue count (issue 15, built on branch issue-15 by another helper).
 * The Painel shows "Pedidos aguardando liberação" only when the contract has a waiting-count
 * channel at merge time. When issue 15 lands, this file may call the channel directly and
 * drop the lookup; until then it stays a no-op and the Painel shows nothing for it.
 */
import { channelNames, type ChannelName } from '../../../shared/ipc/contract';
import { call } from '../../lib/api';

const CANDIDATES = ['creditRelease.waitingCount'];

export const creditReleaseChannel: ChannelName | null =
  ((channelNames as string[]).find((c) => CANDIDATES.includes(c)) as ChannelName | null) ?? null;

/** The waiting count, or null when the feature (or the user's permission for it) is absent. */
export async function fetchCreditReleaseWaiting(): Promise<number | null> {
  if (!creditReleaseChannel) return null;
  const r = (await call(creditReleaseChannel, {} as never)) as
    { ok: true; value: { waiting?: unknown } } | { ok: false };
  return r.ok && typeof r.value.waiting === 'number' ? r.value.waiting : null;
}
