import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DatabaseHealth } from '../../../shared/ipc/dto/database';
import { onEvent } from '../../lib/api';
import { channelKey, useChannelQuery } from '../../lib/query';

const HEALTH = channelKey('db.health', {});

/**
 * Whether main found the database damaged: the whole window then shows the corruption screen.
 * Read once as a query and then told by main's db.health event (a check while running, a restore).
 */
export function useDatabaseCorrupt(): boolean {
  const queryClient = useQueryClient();
  // Only main's event changes the answer: it is never asked again on its own.
  const health = useChannelQuery('db.health', {}, { staleTime: Infinity });
  useEffect(
    () =>
      onEvent('db.health', (p) => {
        queryClient.setQueryData<DatabaseHealth>(HEALTH, (known) => ({
          detail: null,
          checkedAt: null,
          ...known,
          corrupt: p.corrupt,
        }));
        // An answer asked before the event (the health is read again after a login) must not
        // arrive last and bring the console back over a damaged file: that read is dropped and
        // main, which already knows, is asked once more.
        void queryClient.invalidateQueries({ queryKey: HEALTH });
      }),
    [queryClient],
  );
  // A file refused at start answers every call with an error: App shows that as fatal instead.
  return health.data?.corrupt ?? false;
}
