import { useCallback, useEffect } from 'react';
import { screenPopLinkFromHash } from '../../../shared/domain/screen-pop-link';
import { call, onEvent } from '../../lib/api';
import { notify } from '../../ui/toast-store';
import { useWorkspace } from '../workspace/store';
import { openClientOnTab } from './useOpenClient';

/** F9 opened by a call that matched several clients or none: the number typed in, and the draft to attach. */
export interface ScreenPopSearch {
  query: string;
  notice: string | null;
  draftId: number | null;
}

/**
 * Takes screen pop links — from the Electron shell (argv, a second start: home.screenPop.pending
 * when told by home.screenPopRequested) and from the web shell's URL (#/cliente/…,
 * #/chamada?numero=…) — once the saved workspace is back, so a restored tab list cannot drop the
 * client the call opened. Main validates and resolves each link; a refused one is only told.
 */
export function useScreenPop(onSearch: (search: ScreenPopSearch) => void): void {
  const restored = useWorkspace((s) => s.restored);
  const open = useCallback(
    async (link: string) => {
      const r = await call('home.screenPop.open', { link });
      if (!r.ok) return notify(r.error.message, 'bad');
      const outcome = r.value;
      if (outcome.kind === 'client') openClientOnTab(outcome.clientId, outcome.tab);
      else onSearch({ query: outcome.query, notice: outcome.notice, draftId: outcome.draftId });
    },
    [onSearch],
  );

  useEffect(() => {
    if (!restored) return;
    const take = async () => {
      const r = await call('home.screenPop.pending', {});
      if (r.ok) for (const link of r.value) await open(link);
    };
    void take();
    return onEvent('home.screenPopRequested', () => void take());
  }, [restored, open]);

  useEffect(() => {
    if (!restored) return;
    const fromHash = () => {
      const link = screenPopLinkFromHash(window.location.hash);
      if (link === null) return;
      // Read once: a reload or Voltar must not record the same call again.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      void open(link);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [restored, open]);
}

/** The agent opened this client from the F9 a call opened: the call's draft is about it. */
export async function attachCallClient(search: ScreenPopSearch, clientId: number): Promise<void> {
  if (search.draftId === null) return;
  const r = await call('home.callDrafts.attach', { id: search.draftId, clientId });
  if (!r.ok) notify(r.error.message, 'bad');
}
