import { afterAll, beforeAll, expect, test } from 'vitest';
import { flushWorkspaceSave, useWorkspace } from '../../renderer/modules/workspace/store';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, useAs } from './support/render';

/** The open tabs come back after a restart, without one save per Ctrl+Tab on the way. */
let t: TestCore;
let agent: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 30 });
  installBridge(t.registry);
  agent = await t.loginAs('ana');
  await useAs(agent);
});
afterAll(() => t.close());

const saves = () => invoked.filter((c) => c === 'workspace.save').length;
const saved = async () => {
  const r = await t.call(agent, 'workspace.get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const settle = () => new Promise((r) => setTimeout(r, 700));

test('twenty Ctrl+Tabs in a row are one save, of the client the agent stopped on', async () => {
  const ids = Array.from({ length: 20 }, (_, i) => i + 1);
  useWorkspace.setState({ openClientIds: ids, view: { kind: 'client', id: 1 } });
  const before = saves();
  for (let i = 0; i < 23; i++) useWorkspace.getState().cycle(1);
  expect(saves()).toBe(before);
  await settle();
  expect(saves()).toBe(before + 1);
  expect(await saved()).toMatchObject({ openClientIds: ids, activeClientId: 4 });
});

test('closing a tab is saved at once; a switch waiting for its delay is saved when the page goes', async () => {
  useWorkspace.setState({ openClientIds: [5, 6, 7], view: { kind: 'client', id: 5 } });
  useWorkspace.getState().closeClient(6);
  await new Promise((r) => setTimeout(r, 50));
  expect((await saved()).openClientIds).toEqual([5, 7]);

  useWorkspace.getState().cycle(1);
  window.dispatchEvent(new Event('pagehide'));
  await new Promise((r) => setTimeout(r, 50));
  expect(await saved()).toMatchObject({ openClientIds: [5, 7], activeClientId: 7 });
  // Nothing left to save afterwards.
  const after = saves();
  flushWorkspaceSave();
  await settle();
  expect(saves()).toBe(after);
});

test('Configurações after a switch keeps the client as the one to come back to', async () => {
  useWorkspace.setState({ openClientIds: [8, 9], view: { kind: 'client', id: 8 } });
  useWorkspace.getState().cycle(1);
  useWorkspace.getState().show({ kind: 'settings' });
  await settle();
  expect((await saved()).activeClientId).toBe(9);
});
