import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { createQueryClient } from '../../renderer/lib/query';
import { useErpEdits } from '../../renderer/modules/clients/details/useErpEdits';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, useAs } from './support/render';

/** The pending-ERP notices of a client screen follow main's clients.erpChanged, with no listener of their own. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 10 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('ana'));
});
afterAll(() => t.close());
afterEach(cleanup);

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryProvider client={createQueryClient()}>{children}</QueryProvider>
);

function rejectEdit(clientId: number): void {
  t.core.db
    .prepare(
      `INSERT INTO client_erp_edits (client_id, erp_code, target, fields, erp_fields, idempotency_key, state, message, created_at)
       SELECT id, erp_code, 'client', '{"legalName":"Nome Recusado"}', '{}', ?, 'rejected', 'Razão social inválida no ERP', ?
       FROM clients WHERE id = ?`,
    )
    .run(`k-${clientId}`, new Date().toISOString(), clientId);
}

test('an edit the ERP settled shows up when main says so, and a dismissed one goes away', async () => {
  const { result } = renderHook(() => useErpEdits(6), { wrapper });
  await waitFor(() => expect(result.current.error).toBeNull());
  expect(result.current.edits).toEqual([]);

  rejectEdit(6);
  // The cache answers until main tells this client changed.
  await new Promise((r) => setTimeout(r, 50));
  expect(result.current.edits).toEqual([]);
  t.core.events.emit('clients.erpChanged', { clientIds: [6] });
  await waitFor(() => expect(result.current.edits).toHaveLength(1));
  expect(result.current.edits[0]!.state).toBe('rejected');

  result.current.dismiss('client');
  await waitFor(() => expect(result.current.edits).toEqual([]));
  // Closed, not deleted: a floor seat tells a withdrawn notice from a confirmed edit.
  expect(
    t.core.db
      .prepare('SELECT COUNT(*) AS n FROM client_erp_edits WHERE client_id = 6 AND closed IS NULL')
      .get(),
  ).toEqual({
    n: 0,
  });
});
