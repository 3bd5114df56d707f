import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Page } from '../../shared/ipc/dto/client-paging';
import { channelKey, errorMessage, useChannelInfiniteQuery, type PagedChannel } from './query';

export interface PagedList<T, P> {
  rows: T[];
  total: number | null;
  /** The first page as main sent it (for what a list says besides its rows, e.g. a size limit). */
  firstPage: P | null;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  loadMore(): void;
  /** Starts over from the first page (a new row sorts at the top); older pages are dropped. */
  reload(): void;
  /** Changes loaded rows in place (an edited or removed row), keeping the scroll position. */
  patch(update: (rows: T[]) => T[]): void;
}

type RowOf<P> = P extends Page<infer T, unknown> ? T : never;
type CursorOf<P> = P extends Page<unknown, infer Cur> ? Cur : never;

/**
 * Rows of a keyset-paged channel, appended page by page as the list scrolls; an infinite query
 * keyed by the first page's input, so another client or filter is another list and coming back
 * to one paints what was loaded.
 */
export function usePagedQuery<C extends PagedChannel>(
  channel: C,
  pageInput: (cursor: CursorOf<ChannelOutput<C>> | undefined) => ChannelInput<C>,
): PagedList<RowOf<ChannelOutput<C>>, ChannelOutput<C>> {
  type P = ChannelOutput<C>;
  type T = RowOf<P>;
  const queryClient = useQueryClient();
  const q = useChannelInfiniteQuery(channel, pageInput);
  const key = channelKey(channel, pageInput(undefined));
  const keyText = JSON.stringify(key);
  const pages = q.data?.pages;
  const rows = useMemo(() => (pages ?? []).flatMap((p) => (p as Page<T, unknown>).rows), [pages]);
  const first = (pages?.[0] ?? null) as P | null;

  const { hasNextPage, isFetchingNextPage, isFetching, fetchNextPage } = q;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const reload = useCallback(() => {
    const k = JSON.parse(keyText) as unknown[];
    queryClient.setQueryData<InfiniteData<P, unknown>>(k, (d) =>
      d ? { pages: d.pages.slice(0, 1), pageParams: d.pageParams.slice(0, 1) } : d,
    );
    void queryClient.invalidateQueries({ queryKey: k, exact: true });
  }, [queryClient, keyText]);

  // The update sees the whole list once (a prepend lands once, not once per page); the rows are
  // kept in the first page, the later pages keep only their cursors. A row removed here is gone
  // from the total too, so the footer never says "Mostrando 0 de 1".
  const patch = useCallback(
    (update: (rows: T[]) => T[]) =>
      queryClient.setQueryData<InfiniteData<P, unknown>>(JSON.parse(keyText) as unknown[], (d) => {
        if (!d || d.pages.length === 0) return d;
        const all = d.pages.flatMap((p) => (p as Page<T, unknown>).rows);
        const after = update(all);
        const [head, ...rest] = d.pages as [Page<T, unknown>, ...Page<T, unknown>[]];
        const total = head.total === null ? null : Math.max(0, head.total + after.length - all.length);
        const pages = [{ ...head, rows: after, total }, ...rest.map((p) => ({ ...p, rows: [] }))];
        return { ...d, pages: pages as P[] };
      }),
    [queryClient, keyText],
  );

  return {
    rows,
    total: (first as Page<T, unknown> | null)?.total ?? null,
    firstPage: first,
    hasMore: !!hasNextPage,
    loading: isFetching,
    error: errorMessage(q.error),
    loadMore,
    reload,
    patch,
  };
}
