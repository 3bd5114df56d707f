import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { channelKey, errorMessage, useChannelQuery } from '../../lib/query';

/** Writes a saved client into the cache, so every screen showing it (header, tab label, Detalhes) agrees. */
export function useSetClient(id: number) {
  const queryClient = useQueryClient();
  return useCallback(
    (update: Client | ((c: Client | null) => Client | null)) =>
      queryClient.setQueryData<Client | null>(channelKey('clients.get', { id }), (current) =>
        typeof update === 'function' ? update(current ?? null) : update,
      ),
    [queryClient, id],
  );
}

/** The client as the cache has it: the first open asks main, going back to its tab paints at once. */
export function useClient(id: number) {
  const q = useChannelQuery('clients.get', { id });
  const setClient = useSetClient(id);
  return {
    client: q.data ?? null,
    error: errorMessage(q.error),
    reload: q.refetch,
    setClient,
  };
}
