import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { App } from '../../renderer/app/App';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** The database's health is a query main's db.health event keeps true: damage found while running takes the window. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 3 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('admin'));
});
afterAll(() => t.close());
afterEach(cleanup);

test('damage told by main replaces the console with the corruption screen, without asking again', async () => {
  renderApp(<App />);
  await waitFor(() => expect(invoked).toContain('db.health'));
  await waitFor(() => expect(screen.queryByText('Carregando…')).toBeNull());
  expect(
    screen.queryByRole('heading', { name: 'O banco de dados deste computador está danificado' }),
  ).toBeNull();
  const asked = invoked.filter((c) => c === 'db.health').length;
  expect(asked).toBe(1);
  t.core.events.emit('db.health', { corrupt: true });
  expect(
    await screen.findByRole('heading', { name: 'O banco de dados deste computador está danificado' }),
  ).toBeTruthy();
  expect(invoked.filter((c) => c === 'db.health').length).toBe(asked);
});
