import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { Client } from '../../../shared/ipc/dto/clients';
import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { call, onEvent } from '../../lib/api';

interface Entry {
  snapshot: FinancialSnapshot | null;
  refreshing: boolean;
  error: string | null;
}

const LOADING: Entry = { snapshot: null, refreshing: true, error: null };

/**
 * One entry per open client, shared by every reader (header, Informações Financeiras, the Deps
 * dialogs): they show the same values at every moment because they read the same entry.
 */
const useSnapshots = create<{ byClient: Record<number, Entry> }>(() => ({ byClient: {} }));

const patch = (clientId: number, p: Partial<Entry>) =>
  useSnapshots.setState((s) => ({
    byClient: { ...s.byClient, [clientId]: { ...(s.byClient[clientId] ?? LOADING), ...p } },
  }));

const readers = new Map<number, { count: number; stop: () => void }>();
const latestRefresh = new Map<number, number>();

/** The ERP's answer; one from a superseded refresh, or for a client no longer shown, is dropped. */
async function refresh(clientId: number): Promise<void> {
  const mine = (latestRefresh.get(clientId) ?? 0) + 1;
  latestRefresh.set(clientId, mine);
  patch(clientId, { refreshing: true });
  const r = await call('finance.summary.refresh', { clientId });
  if (latestRefresh.get(clientId) !== mine || !readers.has(clientId)) return;
  if (r.ok) patch(clientId, { refreshing: false, snapshot: r.value, error: null });
  else patch(clientId, { refreshing: false, error: r.error.message });
}

/** First reader of a client: cached values at once, the ERP in the background, then on every change. */
function attach(clientId: number): void {
  const known = readers.get(clientId);
  if (known) {
    known.count += 1;
    return;
  }
  patch(clientId, LOADING);
  // A sync run, the ERP's confirmation of a write-back or another window changed this client.
  const stop = onEvent('client.changed', (p) => {
    if ((p.clientId === null || p.clientId === clientId) && p.parts.includes('credit'))
      void refresh(clientId);
  });
  readers.set(clientId, { count: 1, stop });
  void call('finance.summary.cached', { clientId }).then((r) => {
    if (!readers.has(clientId)) return;
    // A late cached answer never overwrites a fresher live one.
    if (!r.ok) patch(clientId, { error: r.error.message });
    else if (!useSnapshots.getState().byClient[clientId]?.snapshot) patch(clientId, { snapshot: r.value });
  });
  void refresh(clientId);
}

function detach(clientId: number): void {
  const known = readers.get(clientId);
  if (!known) return;
  known.count -= 1;
  if (known.count > 0) return;
  known.stop();
  readers.delete(clientId);
  useSnapshots.setState((s) => {
    const rest = { ...s.byClient };
    delete rest[clientId];
    return { byClient: rest };
  });
}

/**
 * The client's one credit picture: cached values at once, then the ERP's answer in the
 * background — no click needed — and again whenever main says the client changed.
 */
export function useFinancialSnapshot(clientId: number) {
  useEffect(() => {
    attach(clientId);
    return () => detach(clientId);
  }, [clientId]);
  const entry = useSnapshots((s) => s.byClient[clientId]) ?? LOADING;
  const again = useCallback(() => refresh(clientId), [clientId]);
  return { snapshot: entry.snapshot, refreshing: entry.refreshing, error: entry.error, refresh: again };
}

/** The client as the credit dialogs must see it: limit, balance and situation from the picture. */
export function withCreditPicture(client: Client, snapshot: FinancialSnapshot | null): Client {
  if (!snapshot || snapshot.clientId !== client.id) return client;
  const { creditLimitCents, availableBalanceCents, creditStatus } = snapshot.values;
  return { ...client, creditLimitCents, availableBalanceCents, creditStatus };
}
