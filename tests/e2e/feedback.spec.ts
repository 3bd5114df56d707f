import { expect, test, type Page } from '@playwright/test';
import { openShowcaseClient } from './support/open-client';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Buttons that ask something of a server show they are busy while waiting and say what
 * happened in a toast: "Testar conexão", the bureau's "…" and "Enviar e-mail".
 */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

/** Holds the answer of one channel for a moment, so the busy state can be seen. */
async function slowChannel(page: Page, channel: string): Promise<void> {
  await page.route(`**/api/invoke/${channel}`, async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
}

const toast = (page: Page) => page.getByTestId('toast');

test('Testar conexão is busy while it waits and the answer comes as a toast', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  await slowChannel(page, 'erp.about');
  const button = page.getByRole('form', { name: 'Conexão com o ERP' }).getByRole('button', {
    name: 'Testar conexão',
  });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(toast(page)).toContainText('Conexão com o ERP OK');
  await expect(button).toHaveAttribute('aria-busy', 'false');
});

test('the bureau "…" button is busy while it waits and a failure comes as a toast', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Bureau de crédito' }).click();
  const form = page.getByRole('form', { name: 'Bureau de crédito' });
  await form.getByLabel('URL da API').fill('https://127.0.0.1:9/v1');
  await form.getByLabel('E-mail').fill('central@empresa.com.br');
  await form.getByLabel('Senha').fill('senha-qualquer');
  await slowChannel(page, 'bureau.settings.fetchProducts');
  const button = form.getByRole('button', { name: 'Atualizar produtos do bureau' });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toHaveText('Buscando…');
  await expect(toast(page)).toBeVisible();
  await expect(button).toHaveAttribute('aria-busy', 'false');
});

test('Enviar e-mail says that the e-mail program is being opened', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.evaluate(() => {
    (globalThis as unknown as { open: () => null }).open = () => null;
  });
  await page
    .getByRole('tablist', { name: 'Abas do cliente' })
    .getByRole('tab', { name: 'Contatos', exact: true })
    .click();
  const panel = page.getByRole('tabpanel');
  await panel.locator('tbody').getByRole('checkbox').first().check();
  await panel.getByRole('button', { name: /Enviar e-mail/ }).click();
  await expect(toast(page)).toHaveText(/Abrindo o programa de e-mail para 1 contato\./);
});
