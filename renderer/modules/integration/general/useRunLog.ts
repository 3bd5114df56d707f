import { useInfiniteQuery } from '@tanstack/react-query';
import { callOrThrow } from '../../../lib/api';
import { channelKey, errorMessage } from '../../../lib/query';

const PAGE = 20;

/**
 * The newest runs of all jobs, older ones page by page ("Mostrar execuções anteriores"). Kept
 * fresh by the job events (query-events.ts) and polled while a run is in progress.
 */
export function useRunLog(running: boolean) {
  const q = useInfiniteQuery({
    queryKey: channelKey('integration.runs.list', { limit: PAGE }),
    queryFn: ({ pageParam }) => callOrThrow('integration.runs.list', { limit: PAGE, beforeId: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.runs.at(-1)?.id : undefined),
    refetchInterval: running ? 1500 : false,
  });
  const runs = q.data?.pages.flatMap((p) => p.runs) ?? [];
  return { runs, hasMore: q.hasNextPage, error: errorMessage(q.error), more: () => void q.fetchNextPage() };
}
