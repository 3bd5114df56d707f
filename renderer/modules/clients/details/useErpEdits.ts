import { useQueryClient } from '@tanstack/react-query';
import type { ClientErpEdit, ErpEditTarget } from '../../../../shared/ipc/dto/client-erp-edits';
import type { ChannelName } from '../../../../shared/ipc/contract';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../../lib/query';

/**
 * The client's edits of ERP-owned fields that the ERP has not settled yet. A cached query:
 * `clients.erpChanged` (a sync or an ERP answer) makes it stale through query-events.ts, together
 * with the client and its addresses, so a rejected value is back to the ERP's on every screen.
 */
export function useErpEdits(clientId: number) {
  const queryClient = useQueryClient();
  const q = useChannelQuery('clientErpEdits.list', { clientId });
  const settled = () => ({
    // Keeping mine or the ERP's value changes the client and its addresses too.
    invalidates: ['clients.get', 'clientAddresses.list'] satisfies ChannelName[],
    onSuccess: (edits: ClientErpEdit[]) =>
      queryClient.setQueryData(channelKey('clientErpEdits.list', { clientId }), edits),
  });
  const resolve = useChannelMutation('clientErpEdits.resolve', settled());
  const dismiss = useChannelMutation('clientErpEdits.dismiss', settled());
  return {
    edits: q.data ?? [],
    error: errorMessage(q.error ?? resolve.error ?? dismiss.error),
    resolve: (target: ErpEditTarget, choice: 'mine' | 'erp') => resolve.mutate({ clientId, target, choice }),
    dismiss: (target: ErpEditTarget) => dismiss.mutate({ clientId, target }),
  };
}
