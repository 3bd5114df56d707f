import { useCallback, useEffect } from 'react';
import { screenPopLinkFromHash } from '../../../shared/domain/screen-pop-link';
import { onEvent } from '../../lib/api';
import { errorMessage, useChannelMutation } from '../../lib/query';
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
export function useScreenPop(onSearch: (search: ScreenPopSearch) => void): AttachCallClient {
  const restored = useWorkspace((s) => s.restored);
  const { mutateAsync: openLink } = useChannelMutation('home.screenPop.open', { invalidates: ['home.day'] });
  // Taking the pending links empties main's list: a write, asked again only when main says so.
  const { mutateAsync: takePending } = useChannelMutation('home.screenPop.pending');
  const { mutate: attach } = useChannelMutation('home.callDrafts.attach', {
    invalidates: ['home.day'],
    onError: (e) => notify(errorMessage(e) ?? 'Não foi possível ligar a chamada ao cliente.', 'bad'),
  });

  const open = useCallback(
    async (link: string) => {
      try {
        const outcome = await openLink({ link });
        if (outcome.kind === 'client') openClientOnTab(outcome.clientId, outcome.tab);
        else onSearch({ query: outcome.query, notice: outcome.notice, draftId: outcome.draftId });
      } catch (e) {
        notify(errorMessage(e) ?? 'Não foi possível abrir o link da chamada.', 'bad');
      }
    },
    [onSearch, openLink],
  );

  useEffect(() => {
    if (!restored) return;
    const take = async () => {
      const links = await takePending({}).catch(() => [] as string[]);
      for (const link of links) await open(link);
    };
    void take();
    return onEvent('home.screenPopRequested', () => void take());
  }, [restored, open, takePending]);

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

  // The agent opened this client from the F9 a call opened: the call's draft is about it.
  return useCallback(
    (search, clientId) => {
      if (search.draftId !== null) attach({ id: search.draftId, clientId });
    },
    [attach],
  );
}

/** Attaches the call of an F9 opened by a screen pop to the client the agent picked there. */
export type AttachCallClient = (search: ScreenPopSearch, clientId: number) => void;
