/**
 * Server state through TanStack Query over the typed IPC contract: a query's key is
 * `[channel, input]`, so every screen asking the same thing shares one cache entry, and an
 * invalidation by channel name (see query-events.ts) reaches every input of that channel.
 */
import {
  QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { Page } from '../../shared/ipc/dto/client-paging';
import { ApiError, callOrThrow } from './api';

export const channelKey = <C extends ChannelName>(channel: C, input?: ChannelInput<C>): QueryKey =>
  input === undefined ? [channel] : [channel, input];

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Going back to a screen paints what the cache has at once; an answer older than this is
        // asked again in the background (the ERP sync and other windows change rows meanwhile),
        // and events and writes mark answers stale sooner (query-events.ts).
        staleTime: 30_000,
        gcTime: 30 * 60_000,
        // A refused call (no permission, bad input) will not succeed by repeating it.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}

/** The message a screen shows for a failed query or mutation. */
export const errorMessage = (e: unknown): string | null =>
  e == null ? null : e instanceof ApiError ? e.error.message : e instanceof Error ? e.message : String(e);

type QueryOptions<C extends ChannelName, T> = Omit<
  UseQueryOptions<ChannelOutput<C>, Error, T, QueryKey>,
  'queryKey' | 'queryFn'
>;

/** One channel read, cached under `[channel, input]`. */
export function useChannelQuery<C extends ChannelName, T = ChannelOutput<C>>(
  channel: C,
  input: ChannelInput<C>,
  options?: QueryOptions<C, T>,
) {
  return useQuery({
    queryKey: channelKey(channel, input),
    queryFn: () => callOrThrow(channel, input),
    ...options,
  });
}

/**
 * One channel write. `invalidates` lists the channels whose answers the write changes; they are
 * refetched (active ones at once, the rest when next shown) after a success.
 */
export function useChannelMutation<C extends ChannelName>(
  channel: C,
  options?: Omit<UseMutationOptions<ChannelOutput<C>, Error, ChannelInput<C>>, 'mutationFn'> & {
    invalidates?: ChannelName[];
  },
) {
  const { invalidates, onSuccess, ...rest } = options ?? {};
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => callOrThrow(channel, input),
    ...rest,
    onSuccess: async (data, variables, onMutateResult, context) => {
      await Promise.all(
        (invalidates ?? []).map((c) => context.client.invalidateQueries({ queryKey: channelKey(c) })),
      );
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

export type PagedChannel = {
  [C in ChannelName]: ChannelOutput<C> extends Page<unknown, unknown> ? C : never;
}[ChannelName];
type CursorOf<P> = P extends Page<unknown, infer Cur> ? Cur : never;

/**
 * A keyset-paged channel as an infinite query: `pageInput(cursor)` builds the input of one page
 * (`cursor` undefined for the first); the key is `[channel, pageInput(undefined)]`.
 */
export function useChannelInfiniteQuery<C extends PagedChannel>(
  channel: C,
  pageInput: (cursor: CursorOf<ChannelOutput<C>> | undefined) => ChannelInput<C>,
) {
  type P = ChannelOutput<C>;
  type Cur = CursorOf<P>;
  return useInfiniteQuery<P, Error, InfiniteData<P, Cur | undefined>, QueryKey, Cur | undefined>({
    queryKey: channelKey(channel, pageInput(undefined)),
    queryFn: ({ pageParam }) => callOrThrow(channel, pageInput(pageParam as Cur | undefined)),
    initialPageParam: undefined,
    getNextPageParam: (last) => ((last as Page<unknown, Cur>).next ?? undefined) as Cur | undefined,
  });
}
