import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { openShowcaseClient } from './support/open-client';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Issue 13: an edit of an ERP-owned field (Detalhes → Site) is written back; a sync that runs
 * while the ERP has not confirmed it leaves the new value and its "pendente no ERP" mark; the
 * ERP's confirmation removes the mark on the open screen (an event, no reopen).
 */
const CLIENTS = 300;
const NEW_SITE = 'https://www.maximino-novo.com.br';
let sim: ErpSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  sim = await startErpSimulator({ clients: CLIENTS });
  shell = await startShell({ CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: String(CLIENTS) });
});
test.afterAll(async () => {
  await shell.stop();
  await sim.stop();
});
test.afterEach(() => sim.clearFaults());
test.describe.configure({ mode: 'serial' });

const successfulSyncs = (): number => {
  const db = new Database(path.join(shell.dataDir, 'central.sqlite'), { readonly: true });
  try {
    return (
      db
        .prepare(`SELECT count(*) AS n FROM job_runs WHERE job = 'erp-sync' AND status = 'success'`)
        .get() as { n: number }
    ).n;
  } finally {
    db.close();
  }
};

async function syncNow(page: Page): Promise<void> {
  const before = successfulSyncs();
  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await expect.poll(successfulSyncs, { timeout: 30_000 }).toBeGreaterThan(before);
}

async function openIntegration(page: Page): Promise<void> {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
}

test('admin points the console at the ERP simulator and syncs', async ({ page }) => {
  await openIntegration(page);
  const form = page.getByRole('form', { name: 'Conexão com o ERP' });
  await form.getByLabel('Endereço da API do ERP').fill(sim.url);
  await form.getByLabel('Token de acesso').fill(sim.token);
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByText('Configurações salvas.')).toBeVisible();
  await syncNow(page);
});

test('edit Site → sync → still the new value, "pendente no ERP" → the ERP confirms → mark gone', async ({
  page,
  browser,
}) => {
  // The ERP takes its time to answer the write-back: the sync below runs while it waits.
  sim.setFault('clientes', { kind: 'slow', ms: 8_000, times: 1 });
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+1');
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Editar' }).click();
  await panel.getByLabel('Site').fill(NEW_SITE);
  await panel.getByRole('button', { name: 'Salvar' }).click();
  const site = panel.getByRole('definition').filter({ hasText: NEW_SITE });
  await expect(site).toBeVisible();
  const pending = panel.getByTestId('erp-pending-site');
  await expect(pending).toHaveText(/^pendente no ERP · enviado em \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  // An admin on another desktop syncs now; the agent's screen stays open.
  const admin = await browser.newContext();
  try {
    const other = await admin.newPage();
    await openIntegration(other);
    await syncNow(other);
  } finally {
    await admin.close();
  }
  await expect(site).toBeVisible();
  await expect(pending).toBeVisible();

  await expect(pending).toBeHidden({ timeout: 15_000 });
  await expect(site).toBeVisible();
  expect(sim.clientFields('82467786')).toMatchObject({ site: NEW_SITE });
});
