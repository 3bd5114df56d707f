import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { call, onEvent } from '../../lib/api';

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
  // A sync run or another window changed the register: refetch, without a reopen.
  useEffect(
    () =>
      onEvent('client.changed', (p) => {
        if ((p.clientId === null || p.clientId === id) && p.parts.includes('register')) void reload();
      }),
    [id, reload],
  );
  return { client, error, reload, setClient };
}
