import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { openShowcaseClient } from './support/open-client';
import { DEMO_AGENT, loginAs } from './support/login';

/** Forms on the shared schemas: the same pt-BR messages as the main process, shown where the agent types. */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

const panel = (page: Page) => page.getByRole('tabpanel');

test('an address with a short CEP is refused inline, then saved with the CEP formatted', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+2');
  const card = panel(page).getByRole('region', { name: 'Endereço de faturamento' });
  await card.getByRole('button', { name: 'Editar' }).click();
  await card.getByLabel('CEP').fill('8980');
  await card.getByLabel('Fax').fill('123');
  await card.getByRole('button', { name: 'Salvar endereço' }).click();
  await expect(card.getByText('CEP inválido: use 8 dígitos, ex.: 89801-000.')).toBeVisible();
  await expect(card.getByLabel('CEP')).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByText('Fax inválido: use DDD + número, ex.: (49) 3322-1100.')).toBeVisible();
  // Fixing a field clears its message as the agent types.
  await card.getByLabel('Fax').fill('');
  await expect(card.getByText(/Fax inválido/)).toHaveCount(0);
  await card.getByLabel('CEP').fill('89801000');
  await card.getByRole('button', { name: 'Salvar endereço' }).click();
  await expect(card.getByRole('button', { name: 'Salvar endereço' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /89801-000/ })).toBeVisible();
});

test('Detalhes checks the CPF when the field is left and keeps the form open', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+1');
  await panel(page).getByRole('button', { name: 'Editar' }).click();
  const document = panel(page).getByLabel('CNPJ/CPF');
  await document.fill('123.456.789-00');
  await document.blur();
  await expect(panel(page).getByText('CPF inválido: confira os dígitos verificadores.')).toBeVisible();
  await panel(page).getByLabel('Telefones').fill('(20) 3333-4444');
  await panel(page).getByRole('button', { name: 'Salvar' }).click();
  await expect(panel(page).getByText(/Telefone inválido: "2033334444"/)).toBeVisible();
  await expect(panel(page).getByRole('form', { name: 'Editar detalhes' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Cancelar' }).click();
  await expect(panel(page).getByRole('button', { name: 'Editar' })).toBeVisible();
});
