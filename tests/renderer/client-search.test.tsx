import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { createQueryClient } from '../../renderer/lib/query';
import { useClientSearch } from '../../renderer/modules/search/useClientSearch';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** F9's search hook against a real core: what the list shows while the agent types, and what it asks. */
let t: TestCore;
let names: string[];
beforeAll(async () => {
  t = await createTestCore({ clients: 60 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('ana'));
  names = (
    t.core.db.prepare('SELECT legal_name AS n FROM clients ORDER BY id LIMIT 3').all() as { n: string }[]
  ).map((r) => r.n);
});
afterAll(() => t.close());
afterEach(cleanup);

const searches = () => invoked.filter((c) => c === 'clients.search').length;

test('the rows of the last answer stay while the next query is asked, then only its own answer shows', async () => {
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryProvider client={queryClient}>{children}</QueryProvider>
  );
  const first = names[0]!;
  const second = names[1]!;
  const { result, rerender } = renderHook(({ q }) => useClientSearch(q), {
    wrapper,
    initialProps: { q: first },
  });
  await waitFor(() => expect(result.current.settled).toBe(true));
  expect(result.current.answered).toBe(first);
  expect(result.current.rows.some((r) => r.legalName === first)).toBe(true);
  const shownBefore = result.current.rows;

  rerender({ q: second });
  // Until the new answer arrives: the earlier rows, marked as not this query's answer.
  expect(result.current.rows).toBe(shownBefore);
  expect(result.current.settled).toBe(false);
  expect(result.current.answered).toBe(first);
  await waitFor(() => expect(result.current.answered).toBe(second));
  expect(result.current.settled).toBe(true);
  expect(result.current.rows.some((r) => r.legalName === second)).toBe(true);

  // Typing the first query again paints its cached answer at once.
  const asked = searches();
  rerender({ q: first });
  expect(result.current.answered).toBe(first);
  expect(result.current.rows.some((r) => r.legalName === first)).toBe(true);
  await waitFor(() => expect(result.current.settled).toBe(true));
  expect(searches() - asked).toBeLessThanOrEqual(1); // a background refresh at most
});

test('an empty query lists the recently opened clients', async () => {
  await t.call(await t.loginAs('ana'), 'clients.markOpened', { id: 5 });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryProvider client={createQueryClient()}>{children}</QueryProvider>
  );
  const { result } = renderHook(() => useClientSearch('  '), { wrapper });
  await waitFor(() => expect(result.current.settled).toBe(true));
  expect(result.current.answered).toBe('');
  expect(result.current.rows.map((r) => r.id)).toContain(5);
});
