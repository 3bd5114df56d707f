import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { ErpSyncPanel } from '../../renderer/modules/settings/ErpSyncPanel';
import { StatusBar } from '../../renderer/app/StatusBar';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** The sync panel and the status bar follow main's job events instead of polling. */
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ clients: 10 });
  installBridge(t.registry, t.core.events);
  await useAs(await t.loginAs('admin'));
});
afterAll(() => t.close());
afterEach(cleanup);

const progress = (task: string, state: JobProgress['state']): JobProgress => ({
  task,
  label: 'Sincronização com o ERP',
  runId: null,
  state,
  progress: null,
  message: null,
});
const reads = (channel: string) => invoked.filter((c) => c === channel).length;

test('a finished ERP sync job makes the open sync panel read its status again; progress alone does not', async () => {
  renderApp(<ErpSyncPanel />);
  await screen.findByRole('region', { name: 'Sincronização com o ERP' });
  const before = reads('erp.sync.status');
  t.core.events.emit('job.progress', progress('erp-sync', 'running'));
  await new Promise((r) => setTimeout(r, 50));
  expect(reads('erp.sync.status')).toBe(before);
  t.core.events.emit('job.progress', progress('erp-sync', 'done'));
  await waitFor(() => expect(reads('erp.sync.status')).toBe(before + 1));
});

test('the status bar asks main again when the ERP availability changes', async () => {
  renderApp(<StatusBar />);
  await waitFor(() => expect(reads('erp.availability')).toBeGreaterThan(0));
  const before = reads('erp.availability');
  t.core.events.emit('erp.availability', { state: 'available', retryAt: null, message: null });
  await waitFor(() => expect(reads('erp.availability')).toBe(before + 1));
  // The answer is main's own: a healthy ERP shows no alert.
  expect(screen.queryByTestId('status-bar-erp')).toBeNull();
});
