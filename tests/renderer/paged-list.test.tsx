import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { insertAudit } from '../../electron/main/db/repos/audit.repo';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { createQueryClient } from '../../renderer/lib/query';
import { usePagedQuery } from '../../renderer/lib/usePagedQuery';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** A keyset-paged tab (Histórico) over a real core: pages append, edits stay in place, coming back is cached. */
const CLIENT = 7;
const OTHER = 8;
const ENTRIES = 250;
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 20 });
  t.core.db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++)
      insertAudit(t.core.db, {
        at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        userId: null,
        userName: 'Ana Souza',
        entity: 'client',
        entityId: CLIENT,
        action: `Alteração ${i}`,
        changes: {},
      });
  })();
  installBridge(t.registry);
  await useAs(await t.loginAs('ana'));
});
afterAll(() => t.close());

function setup() {
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryProvider client={queryClient}>{children}</QueryProvider>
  );
  return renderHook(
    ({ clientId }: { clientId: number }) =>
      usePagedQuery('clientHistory.list', (before) => ({ clientId, before, limit: 100 })),
    { wrapper, initialProps: { clientId: CLIENT } },
  );
}

test('pages append in order without repeats until the last one, and the total comes with the first', async () => {
  const { result } = setup();
  await waitFor(() => expect(result.current.rows).toHaveLength(100));
  const total = result.current.total ?? 0;
  expect(total).toBeGreaterThanOrEqual(ENTRIES);
  expect(result.current.rows[0]?.action).toBe(`Alteração ${ENTRIES - 1}`);
  while (result.current.hasMore) {
    const before = result.current.rows.length;
    act(() => result.current.loadMore());
    // A second loadMore while the page is on its way asks for nothing more.
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows.length).toBeGreaterThan(before));
  }
  const ids = result.current.rows.map((r) => r.id);
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
  expect(result.current.loading).toBe(false);
});

test('a patched row changes in place; reload starts over from the first page only', async () => {
  const { result } = setup();
  await waitFor(() => expect(result.current.rows).toHaveLength(100));
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.rows).toHaveLength(200));
  const gone = result.current.rows[150]!.id;
  act(() => result.current.patch((rows) => rows.filter((r) => r.id !== gone)));
  await waitFor(() => expect(result.current.rows).toHaveLength(199));
  expect(result.current.rows.some((r) => r.id === gone)).toBe(false);

  insertAudit(t.core.db, {
    at: new Date(Date.UTC(2027, 0, 1)).toISOString(),
    userId: null,
    userName: 'Ana Souza',
    entity: 'client',
    entityId: CLIENT,
    action: 'Nova alteração',
    changes: {},
  });
  act(() => result.current.reload());
  await waitFor(() => expect(result.current.rows[0]?.action).toBe('Nova alteração'));
  expect(result.current.rows).toHaveLength(100);
});

test('another client is another list; coming back paints the loaded rows without asking again', async () => {
  const { result, rerender } = setup();
  await waitFor(() => expect(result.current.rows).toHaveLength(100));
  rerender({ clientId: OTHER });
  await waitFor(() => expect(result.current.loading).toBe(false));
  expect(result.current.rows.every((r) => String(r.entityId) === String(OTHER))).toBe(true);
  const calls = invoked.length;
  rerender({ clientId: CLIENT });
  expect(result.current.rows).toHaveLength(100);
  expect(String(result.current.rows[0]?.entityId)).toBe(String(CLIENT));
  expect(invoked.length).toBe(calls);
});
