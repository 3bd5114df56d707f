import { errorMessage, useChannelQuery } from '../../lib/query';

export function useOpenBoletos(clientId: number) {
  const q = useChannelQuery('finance.boletos.list', { clientId });
  return { data: q.data ?? null, error: errorMessage(q.error) };
}
