import { useCallback, useEffect, useState } from 'react';
import type { IntegrationRunView } from '../../../../shared/ipc/dto/integration';
import { call } from '../../../lib/api';

const PAGE = 20;

/** The newest runs of both jobs; `more` appends the next page. Reloads when `version` changes. */
export function useRunLog(version: string) {
  const [runs, setRuns] = useState<IntegrationRunView[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (beforeId?: number) => {
    const r = await call('integration.runs.list', { limit: PAGE, beforeId });
    setError(r.ok ? null : r.error.message);
    if (!r.ok) return;
    setRuns((old) => (beforeId ? [...old, ...r.value.runs] : r.value.runs));
    setHasMore(r.value.hasMore);
  }, []);

  useEffect(() => {
    void load();
  }, [load, version]);

  const more = () => void load(runs.at(-1)?.id);
  return { runs, hasMore, error, more };
}
