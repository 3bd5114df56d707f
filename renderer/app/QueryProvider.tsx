import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '../lib/query';
import { wireEventInvalidation } from '../lib/query-events';
import { useAuth } from '../modules/auth/store';

/** The server-state cache of this window: refreshed by main-process events, emptied when the user changes. */
export function QueryProvider({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => wireEventInvalidation(queryClient), [queryClient]);
  // Another user (or none) must never see what the previous one loaded.
  const userId = useAuth((s) => s.status?.user?.id ?? null);
  useEffect(() => () => queryClient.clear(), [queryClient, userId]);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
