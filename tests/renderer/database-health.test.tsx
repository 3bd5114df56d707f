import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { App } from '../../renderer/app/App';
import { QueryProvider } from '../../renderer/app/QueryProvider';
import { channelKey, createQueryClient } from '../../renderer/lib/query';
import { markCorrupt } from '../../electron/main/services/database/db-health';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** The database's health is a query main's db.health event keeps true: damage found while running takes the window. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 3 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('admin'));
});
afterAll(() => t.close());
afterEach(cleanup);

const damaged = { name: 'O banco de dados deste computador está danificado' };

test('damage found while running takes the window, and an answer asked before it never brings the console back', async () => {
  const queryClient = createQueryClient();
  render(
    <QueryProvider client={queryClient}>
      <App />
    </QueryProvider>,
  );
  await waitFor(() => expect(invoked).toContain('db.health'));
  await waitFor(() => expect(screen.queryByText('Carregando…')).toBeNull());
  expect(screen.queryByRole('heading', damaged)).toBeNull();

  // The health is asked again (as after a login) and its "healthy" answer is slow to come back.
  const bridge = window.api!;
  const invoke = bridge.invoke;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  bridge.invoke = async (channel, input) => {
    const answer = await invoke(channel, input);
    if (channel === 'db.health') {
      bridge.invoke = invoke;
      await held;
    }
    return answer;
  };
  void queryClient.invalidateQueries({ queryKey: channelKey('db.health', {}) });
  await waitFor(() => expect(bridge.invoke).toBe(invoke));

  // Meanwhile a search meets a damaged page: main tells the window.
  markCorrupt(t.core, 'SQLITE_CORRUPT: database disk image is malformed');
  expect(await screen.findByRole('heading', damaged)).toBeTruthy();

  // The answer from before the damage arrives last: the window stays on the corruption screen.
  release();
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByRole('heading', damaged)).not.toBeNull();
});
