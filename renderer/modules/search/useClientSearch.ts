import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClientSearchRow } from '../../../shared/ipc/dto/clients';
import { callOrThrow } from '../../lib/api';
import { channelKey, errorMessage } from '../../lib/query';

const RECENT = { limit: 15 } as const;
const LIMIT = 20;

interface Answer {
  /** The trimmed query these rows answer. */
  query: string;
  rows: ClientSearchRow[];
}

/**
 * Searches on every keystroke, one cache entry per query (`clients.search` / `clients.recent`):
 * reopening F9 paints the recent list at once, and a query typed again paints from the cache.
 * Answers can arrive out of order; the cache keeps each under its own key, so only the answer to
 * the latest query is shown, and the previous rows stay visible meanwhile (no spinner flicker).
 */
export function useClientSearch(query: string) {
  const q = query.trim();
  const result = useQuery<Answer>({
    // The channel's key plus a tag: this entry holds the answer with its query, not the bare rows.
    queryKey: [
      ...(q === ''
        ? channelKey('clients.recent', RECENT)
        : channelKey('clients.search', { query: q, limit: LIMIT })),
      'answer',
    ],
    queryFn: async () => ({
      query: q,
      rows:
        q === ''
          ? await callOrThrow('clients.recent', RECENT)
          : await callOrThrow('clients.search', { query: q, limit: LIMIT }),
    }),
    placeholderData: keepPreviousData,
    // Search answers go stale fast (a sync adds clients; opening one reorders the recent list):
    // painted from the cache, asked again in the background.
    staleTime: 0,
  });
  const answered = result.data?.query ?? null;
  // `answered`: the query the shown rows belong to (tests and the paint bench read it).
  return {
    rows: result.data?.rows ?? [],
    error: result.isPlaceholderData ? null : errorMessage(result.error),
    settled: answered === q && !result.isPlaceholderData,
    answered,
  };
}
