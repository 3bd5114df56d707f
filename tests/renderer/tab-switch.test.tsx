import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { OpenClientScreens } from '../../renderer/modules/workspace/OpenClientScreens';
import { useWorkspace } from '../../renderer/modules/workspace/store';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** Ctrl+Tab between open clients: the other screen comes back as it was, from memory and the cache. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 12 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('ana'));
});
afterAll(() => t.close());
afterEach(cleanup);

function Screens() {
  const view = useWorkspace((s) => s.view);
  return <OpenClientScreens activeId={view.kind === 'client' ? view.id : null} />;
}
const nameOf = (id: number) =>
  (t.core.db.prepare('SELECT legal_name AS n FROM clients WHERE id = ?').get(id) as { n: string }).n;
const gets = () => invoked.filter((c) => c === 'clients.get').length;

test('switching back shows the same screen, not a rebuilt one, and asks main for nothing', async () => {
  act(() => useWorkspace.setState({ openClientIds: [2, 3], view: { kind: 'client', id: 2 } }));
  renderApp(<Screens />);
  const first = await screen.findByTestId('client-name');
  await waitFor(() => expect(first.textContent).toContain(nameOf(2)));
  const screenOf2 = first.closest('article');

  act(() => useWorkspace.getState().cycle(1));
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(3)));
  // One client screen in the page at a time (one header, one set of landmarks).
  expect(screen.getAllByTestId('client-name')).toHaveLength(1);
  await waitFor(() => expect(document.querySelector('.client-screen .loading')).toBeNull());

  const asked = gets();
  act(() => useWorkspace.getState().cycle(1));
  const back = screen.getByTestId('client-name');
  // Painted in the same commit as the switch, by the element that was already built.
  expect(back.textContent).toContain(nameOf(2));
  expect(back.closest('article')).toBe(screenOf2);
  expect(gets()).toBe(asked);
});

test('a closed client leaves the page and the others keep their screens', async () => {
  act(() => useWorkspace.setState({ openClientIds: [4, 5], view: { kind: 'client', id: 4 } }));
  renderApp(<Screens />);
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(4)));
  act(() => useWorkspace.getState().cycle(1));
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(5)));
  act(() => useWorkspace.getState().closeClient(5));
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(4)));
  expect(screen.getAllByTestId('client-name')).toHaveLength(1);
  act(() => useWorkspace.getState().show({ kind: 'home' }));
  expect(screen.queryByTestId('client-name')).toBeNull();
});
