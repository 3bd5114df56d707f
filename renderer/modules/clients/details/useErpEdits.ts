import { useCallback, useEffect, useState } from 'react';
import type { ClientErpEdit, ErpEditTarget } from '../../../../shared/ipc/dto/client-erp-edits';
import type { Result } from '../../../../shared/ipc/result';
import { call, onEvent } from '../../../lib/api';

/**
 * The client's edits of ERP-owned fields that the ERP has not settled yet. Reloads when the
 * main process says a sync or an ERP answer changed this client; `onChanged` lets the screen
 * reload the client itself (a rejected value is back to the ERP's).
 */
export function useErpEdits(clientId: number, onChanged?: () => void) {
  const [edits, setEdits] = useState<ClientErpEdit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await call('clientErpEdits.list', { clientId });
    if (r.ok) setEdits(r.value);
    setError(r.ok ? null : r.error.message);
  }, [clientId]);
  useEffect(() => void load(), [load]);
  useEffect(
    () =>
      onEvent('clients.erpChanged', (p) => {
        if (!p.clientIds.includes(clientId)) return;
        void load();
        onChanged?.();
      }),
    [clientId, load, onChanged],
  );
  const settle = (r: Result<ClientErpEdit[]>) => {
    if (r.ok) setEdits(r.value);
    setError(r.ok ? null : r.error.message);
    onChanged?.();
  };
  return {
    edits,
    error,
    reload: load,
    resolve: async (target: ErpEditTarget, choice: 'mine' | 'erp') =>
      settle(await call('clientErpEdits.resolve', { clientId, target, choice })),
    dismiss: async (target: ErpEditTarget) =>
      settle(await call('clientErpEdits.dismiss', { clientId, target })),
  };
}
