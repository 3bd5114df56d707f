import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { call } from '../../renderer/lib/api';
import { createQueryClient } from '../../renderer/lib/query';
import { usePagedQuery } from '../../renderer/lib/usePagedQuery';
import { useClient } from '../../renderer/modules/clients/useClient';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** What makes a cached answer stale: main's events and the writes made from this window. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 20 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('ana'));
});
afterAll(() => t.close());

const wrapperFor = () => {
  const queryClient = createQueryClient();
  return ({ children }: { children: ReactNode }) => (
    <QueryProvider client={queryClient}>{children}</QueryProvider>
  );
};

test('a main-process event in the map refreshes what the open screen shows, without a remount', async () => {
  const { result } = renderHook(() => useClient(2), { wrapper: wrapperFor() });
  await waitFor(() => expect(result.current.client).not.toBeNull());
  t.core.db.prepare("UPDATE clients SET legal_name = 'Nome Trocado Ltda' WHERE id = 2").run();
  // Nothing told the cache yet: the screen keeps what it had, and asks nothing.
  const calls = invoked.length;
  await new Promise((r) => setTimeout(r, 50));
  expect(result.current.client?.legalName).not.toBe('Nome Trocado Ltda');
  expect(invoked.length).toBe(calls);
  t.core.events.emit('permissions.changed', {});
  await waitFor(() => expect(result.current.client?.legalName).toBe('Nome Trocado Ltda'));
});

test('a write from this window makes a list cached earlier ask again when it is shown next', async () => {
  const wrapper = wrapperFor();
  const history = () =>
    usePagedQuery('clientHistory.list', (before) => ({ clientId: 3, before, limit: 100 }));
  const first = renderHook(history, { wrapper });
  await waitFor(() => expect(first.result.current.loading).toBe(false));
  const before = first.result.current.rows.length;
  first.unmount();

  const saved = await call('clientContacts.save', {
    clientId: 3,
    fields: {
      name: 'Contato Novo',
      initials: 'CN',
      company: '',
      role: 'Compras',
      email: null,
      phone: null,
      tags: [],
    },
  });
  expect(saved.ok).toBe(true);

  const again = renderHook(history, { wrapper });
  // The cached rows paint at once, then the new entry arrives.
  expect(again.result.current.rows.length).toBe(before);
  await waitFor(() => expect(again.result.current.rows.length).toBe(before + 1));
});
