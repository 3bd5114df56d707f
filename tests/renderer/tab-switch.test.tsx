import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useFocusScreen } from '../../renderer/app/useFocusScreen';
import { OpenClientScreens } from '../../renderer/modules/workspace/OpenClientScreens';
import { flushWorkspaceSave, useWorkspace } from '../../renderer/modules/workspace/store';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** Ctrl+Tab between open clients: the other screen comes back as it was, from memory and the cache. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 12 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('ana'));
});
afterAll(async () => {
  // The last switch's save is still waiting for its delay: sent before the core closes.
  flushWorkspaceSave();
  await new Promise((r) => setTimeout(r, 50));
  t.close();
});
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

/** The shell's main area as far as focus goes: the active screen, its heading focused on a switch. */
function FocusingScreens() {
  const view = useWorkspace((s) => s.view);
  useFocusScreen(view);
  return (
    <main>
      <OpenClientScreens activeId={view.kind === 'client' ? view.id : null} />
    </main>
  );
}

test('Ctrl+Tab back to a built screen puts the keyboard on its heading in the same commit', async () => {
  act(() => useWorkspace.setState({ openClientIds: [6, 7], view: { kind: 'client', id: 6 } }));
  renderApp(<FocusingScreens />);
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(6)));
  act(() => useWorkspace.getState().cycle(1));
  await waitFor(() => expect(screen.getByTestId('client-name').textContent).toContain(nameOf(7)));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('client-name')));

  act(() => useWorkspace.getState().cycle(1));
  // No frame waited for: the heading of the screen just shown already has the focus.
  expect(document.activeElement).toBe(screen.getByTestId('client-name'));
  expect(document.activeElement?.textContent).toContain(nameOf(6));
});

test('F9 opened as a restored client appears keeps the keyboard in the search field', async () => {
  act(() => useWorkspace.setState({ openClientIds: [], view: { kind: 'home' } }));
  renderApp(<FocusingScreens />);
  // A dialog that opens in the frame the client's heading is first seen in, as F9 pressed then.
  const field = document.createElement('input');
  const realFrame = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) =>
    realFrame((time) => {
      callback(time);
      if (!field.isConnected && screen.queryByTestId('client-name')) {
        const dialog = document.createElement('div');
        dialog.setAttribute('aria-modal', 'true');
        dialog.append(field);
        document.body.append(dialog);
        field.focus();
      }
    });
  try {
    act(() => useWorkspace.setState({ openClientIds: [8], view: { kind: 'client', id: 8 } }));
    await waitFor(() => expect(field.isConnected).toBe(true));
    await new Promise((r) => setTimeout(r, 100));
    expect(document.activeElement).toBe(field);
  } finally {
    window.requestAnimationFrame = realFrame;
    field.parentElement?.remove();
  }
});
