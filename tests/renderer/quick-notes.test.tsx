import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { createQueryClient } from '../../renderer/lib/query';
import { useQuickNotes } from '../../renderer/modules/clients/details/useQuickNotes';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** Notas rápidas as the agent types them, against a real core: what reaches the database, and when. */
let t: TestCore;
let agent: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 10 });
  installBridge(t.registry, t.core.events);
  agent = await t.loginAs('ana');
  await useAs(agent);
});
afterAll(() => t.close());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryProvider client={createQueryClient()}>{children}</QueryProvider>
);
const storedNotes = (id: number) =>
  (t.core.db.prepare('SELECT notes FROM clients WHERE id = ?').get(id) as { notes: string }).notes;
const hook = (clientId: number, initial = '') =>
  renderHook(() => useQuickNotes({ clientId, userId: 1, initial, onSaved: () => undefined }), { wrapper });

test('typing is saved after a pause, once, and says when', async () => {
  const { result } = hook(2);
  const before = invoked.filter((c) => c === 'clientDetails.saveNotes').length;
  act(() => result.current.change('Ligar'));
  act(() => result.current.change('Ligar amanhã às 9h'));
  expect(result.current.status).toBe('pending');
  await waitFor(() => expect(result.current.status).toBe('saved'), { timeout: 3_000 });
  expect(result.current.savedAt).not.toBeNull();
  expect(storedNotes(2)).toBe('Ligar amanhã às 9h');
  expect(invoked.filter((c) => c === 'clientDetails.saveNotes').length - before).toBe(1);
});

test('leaving the tab before the pause still saves what was typed', async () => {
  const { result, unmount } = hook(3);
  act(() => result.current.change('Cliente pediu segunda via do boleto'));
  unmount();
  await waitFor(() => expect(storedNotes(3)).toBe('Cliente pediu segunda via do boleto'));
});

test('a failed save loses nothing: the draft stays on this computer and is sent on the next visit', async () => {
  await useAs('sessão-encerrada');
  const first = hook(4);
  act(() => first.result.current.change('Não esquecer: desconto de 5%'));
  await act(() => first.result.current.flush());
  expect(first.result.current.status).toBe('error');
  expect(first.result.current.error).toBeTruthy();
  expect(storedNotes(4)).toBe('');
  first.unmount();

  await useAs(agent);
  const again = hook(4);
  // The draft, not the stored (empty) notes, is what the field shows, and it is sent at once.
  expect(again.result.current.text).toBe('Não esquecer: desconto de 5%');
  await waitFor(() => expect(storedNotes(4)).toBe('Não esquecer: desconto de 5%'));
  await waitFor(() => expect(again.result.current.status).toBe('saved'));
});
