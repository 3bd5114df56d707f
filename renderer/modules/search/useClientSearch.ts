import { useEffect, useRef, useState } from 'react';
import type { ClientSearchRow } from '../../../shared/ipc/dto/clients';
import { call } from '../../lib/api';

/**
 * Searches on every keystroke. Answers can arrive out of order, so only the answer to the
 * latest query is shown; the previous results stay visible meanwhile (no spinner flicker).
 */
export function useClientSearch(query: string) {
  const [rows, setRows] = useState<ClientSearchRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [settledQuery, setSettledQuery] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const q = query.trim();
    const request =
      q === '' ? call('clients.recent', { limit: 15 }) : call('clients.search', { query: q, limit: 20 });
    void request.then((r) => {
      if (mine !== seq.current) return;
      if (r.ok) {
        setRows(r.value);
        setError(null);
      } else setError(r.error.message);
      setSettledQuery(q);
    });
  }, [query]);

  // `answered`: the query the shown rows belong to (tests and the paint bench read it).
  return { rows, error, settled: settledQuery === query.trim(), answered: settledQuery };
}
