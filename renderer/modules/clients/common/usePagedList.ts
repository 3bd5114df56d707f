import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../../shared/ipc/dto/client-paging';
import type { Result } from '../../../../shared/ipc/result';

export interface PagedList<T> {
  rows: T[];
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  loadMore(): void;
  reload(): void;
  /** Changes loaded rows in place (an edited row), keeping the scroll position. */
  patch(update: (rows: T[]) => T[]): void;
}

/**
 * Rows of a keyset-paged channel, appended page by page as the list scrolls. A new `fetchPage`
 * (other client, other filter) starts over; answers to an older one are ignored.
 */
type RowOf<P> = P extends Page<infer T, unknown> ? T : never;
type CursorOf<P> = P extends Page<unknown, infer C> ? C : never;

export function usePagedList<P extends Page<unknown, unknown>>(
  fetchPage: (cursor: CursorOf<P> | undefined) => Promise<Result<P>>,
  onPage?: (page: P) => void,
): PagedList<RowOf<P>> {
  type T = RowOf<P>;
  type C = CursorOf<P>;
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [next, setNext] = useState<C | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  const onPageRef = useRef(onPage);
  onPageRef.current = onPage;

  const load = useCallback(
    async (cursor: C | undefined) => {
      const mine = generation.current;
      busy.current = true;
      setLoading(true);
      const r = await fetchPage(cursor);
      if (mine !== generation.current) return;
      busy.current = false;
      setLoading(false);
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setRows((prev) => (cursor === undefined ? (r.value.rows as T[]) : [...prev, ...(r.value.rows as T[])]));
      if (cursor === undefined) setTotal(r.value.total);
      setNext(r.value.next as C | null);
      onPageRef.current?.(r.value);
    },
    [fetchPage],
  );

  const reload = useCallback(() => {
    generation.current++;
    busy.current = false;
    void load(undefined);
  }, [load]);

  useEffect(() => {
    generation.current++;
    setRows([]);
    setNext(null);
    void load(undefined);
  }, [load]);

  const loadMore = useCallback(() => {
    if (next !== null && !busy.current) void load(next);
  }, [load, next]);

  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const patch = useCallback((update: (rows: T[]) => T[]) => {
    const before = rowsRef.current;
    const after = update(before);
    // A row removed here is gone from the total too: the footer must not say "Mostrando 0 de 1".
    setTotal((t) => (t === null ? null : Math.max(0, t + after.length - before.length)));
    rowsRef.current = after;
    setRows(after);
  }, []);

  return { rows, total, hasMore: next !== null, loading, error, loadMore, reload, patch };
}
