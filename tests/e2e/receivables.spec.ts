import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/** The demo (ERP and bureau simulators on 127.0.0.1): the admin designates this desktop and sends now. */
let shell: RunningShell;

test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => {
  await shell.stop();
});

test('admin designates this computer, clicks Enviar agora and sees the run succeed with its counts', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await expect(page.getByTestId('erp-last-run')).toContainText('Sucesso', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Bureau de crédito' }).click();
  const section = page.getByRole('region', { name: 'Contas a receber para o bureau' });
  await expect(section.getByTestId('receivables-sync-host')).toContainText(
    'Nenhum computador designado (opcional): este computador envia.',
  );
  await section.getByRole('button', { name: 'Designar este computador' }).click();
  await expect(section.getByTestId('receivables-sync-host')).toContainText('(este computador)');

  await section.getByRole('button', { name: 'Enviar agora' }).click();
  const run = section.getByTestId('receivables-run').first();
  await expect(run).toContainText('Sucesso', { timeout: 30_000 });
  await expect(run).toContainText(
    /Carga inicial: [\d.]+ registro\(s\), R\$ [\d.,]+ confirmados pelo bureau\./,
  );
  await expect(run).toContainText('manual');
  const confirmed = Number(((await run.locator('td').nth(3).textContent()) ?? '').replace(/\D/g, ''));
  expect(confirmed).toBeGreaterThan(300);
  await expect(section.getByTestId('receivables-last-success')).not.toHaveText('Nenhum');
  await expect(page.getByTestId('status-bar-alert')).toHaveCount(0);
});
