import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { settleHistoryExports } from '../../electron/main/services/integration/history/history-export.service';
import { HistoryTab } from '../../renderer/modules/integration/history/HistoryTab';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** Histórico → Download: the export's start, progress (main's events), and the file in the web shell. */
let t: TestCore;
let admin: string;
const exportIds = new Set<string>();
const saved: { name: string }[] = [];
beforeAll(async () => {
  t = await createTestCore({ clients: 5 });
  installBridge(t.registry, t.core.events);
  admin = await t.loginAs('admin');
  await useAs(admin);
  t.core.events.subscribe((name, payload) => {
    if (name === 'integration.export.progress') exportIds.add((payload as { exportId: string }).exportId);
  });
  // The browser's download: what saveBlob hands over is recorded instead.
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:historico');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download });
  });
});
afterAll(async () => {
  await settleHistoryExports(t.core);
  t.close();
  vi.restoreAllMocks();
});
afterEach(cleanup);

test('Download writes the workbook, hands it to the browser once, and a late event cannot reopen the bar', async () => {
  const user = userEvent.setup();
  renderApp(<HistoryTab />);
  const download = screen.getByRole('button', { name: 'Download' });
  expect((download as HTMLButtonElement).disabled).toBe(true);
  await user.click(screen.getByRole('checkbox', { name: 'Empresa' }));
  await user.click(download);
  const message = await screen.findByTestId('export-message', {}, { timeout: 10_000 });
  await waitFor(() =>
    expect(message.textContent).toMatch(/^Arquivo "historico-integracao-.*\.xlsx" baixado\.$/),
  );
  expect(saved).toHaveLength(1);
  expect(saved[0]?.name).toMatch(/^historico-integracao-\d{4}-\d{2}-\d{2}-a-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(invoked.filter((c) => c === 'integration.history.export')).toHaveLength(1);

  // Main's progress of this export, arriving after its end (a queued event): the outcome stays.
  const exportId = [...exportIds].at(-1) as string;
  expect(exportId).toBeTruthy();
  t.core.events.emit('integration.export.progress', {
    exportId,
    state: 'running',
    written: 1,
    total: 9,
    message: null,
  });
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByRole('progressbar')).toBeNull();
  expect(screen.getByTestId('export-message').textContent).toContain('baixado');
  expect(saved).toHaveLength(1);
});

test("a failed export shows main's message and offers Download again", async () => {
  const user = userEvent.setup();
  renderApp(<HistoryTab />);
  await user.click(screen.getByRole('checkbox', { name: 'Fatura' }));
  const download = screen.getByRole('button', { name: 'Download' });
  // The export is refused by main (its permission taken away meanwhile).
  const session = await t.loginAs('ana');
  await useAs(session);
  await user.click(download);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/permiss/i);
  expect(within(screen.getByTestId('export-message').parentElement!).queryByRole('progressbar')).toBeNull();
  expect((download as HTMLButtonElement).disabled).toBe(false);
  await useAs(admin);
});

test('a long export shows its progress from main and Cancelar ends it', async () => {
  const insert = t.core.db.prepare(
    `INSERT INTO erp_sync_requests (run_id, table_name, at, rows, status, http_status, duration_ms, endpoint)
     VALUES (NULL, 'pedido', ?, 100, 'ok', 200, 80, '/v1/tabelas/pedido')`,
  );
  const start = Date.now() - 3_600_000;
  t.core.db.transaction(() => {
    for (let i = 0; i < 200_000; i++) insert.run(new Date(start + i * 5).toISOString());
  })();
  const user = userEvent.setup();
  renderApp(<HistoryTab />);
  await user.click(screen.getByRole('checkbox', { name: 'Pedido' }));
  await user.click(screen.getByRole('button', { name: 'Download' }));
  const progress = await screen.findByTestId('export-progress');
  await waitFor(() => expect(progress.textContent).toMatch(/de 200\.\d{3} requisições gravadas/), {
    timeout: 10_000,
  });
  await user.click(screen.getByRole('button', { name: 'Cancelar' }));
  await waitFor(() =>
    expect(screen.getByTestId('export-message').textContent).toBe(
      'Exportação cancelada; o arquivo parcial foi apagado.',
    ),
  );
  expect(screen.queryByRole('progressbar')).toBeNull();
});
