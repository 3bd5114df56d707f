import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { call } from '../../lib/api';

export function useClient(id: number) {
  const [client, setClient] = useState<Client | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const r = await call('clients.get', { id });
    if (r.ok) {
      setClient(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [id]);
  useEffect(() => {
    setClient(null);
    void reload();
  }, [reload]);
  return { client, error, reload, setClient };
}
