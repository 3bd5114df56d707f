import { useEffect, useState } from 'react';
import type { OpenBoletos } from '../../../shared/ipc/dto/finance';
import { call } from '../../lib/api';

export function useOpenBoletos(clientId: number) {
  const [data, setData] = useState<OpenBoletos | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    setData(null);
    setError(null);
    void call('finance.boletos.list', { clientId }).then((r) => {
      if (!alive) return;
      if (r.ok) setData(r.value);
      else setError(r.error.message);
    });
    return () => {
      alive = false;
    };
  }, [clientId]);
  return { data, error };
}
