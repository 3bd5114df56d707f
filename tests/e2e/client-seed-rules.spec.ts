import { expect, test, type Page } from '@playwright/test';
import { openShowcaseClient } from './support/open-client';
import { DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/** Seed 004's last rules of the client record: shared-data flag, Arquivos in read mode only, contact tabs. */
let shell: RunningShell;

test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => {
  await shell.stop();
});

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab', { name, exact: true });

test('Detalhes shows and saves "Dados compartilhados entre empresas"; Arquivos waits for read mode', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  const details = page.getByRole('definition').filter({ hasText: /Não \(só a empresa do cadastro\)/ });
  await expect(details).toBeVisible();

  await page.getByRole('button', { name: 'Editar', exact: true }).click();
  await tab(page, 'Arquivos').click();
  await expect(page.getByRole('button', { name: 'Selecionar um arquivo' })).toBeDisabled();
  await expect(
    page.getByRole('status').filter({ hasText: 'salve ou cancele a edição da aba Detalhes' }),
  ).toBeVisible();

  await tab(page, 'Detalhes').click();
  await page.getByLabel('Dados compartilhados entre empresas').check();
  await page.getByRole('button', { name: 'Salvar' }).click();
  await expect(page.getByText('Sim (todas as empresas do grupo)')).toBeVisible();
  await tab(page, 'Arquivos').click();
  await expect(page.getByRole('button', { name: 'Selecionar um arquivo' })).toBeEnabled();
});

test('Contatos → Editar opens the contact in its own tab, by keyboard, and the tab comes back after a reload', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await tab(page, 'Contatos').click();
  const edit = page.getByRole('button', { name: 'Editar Patrick Fonseca' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const contactTab = page.getByTestId('contact-tab');
  await expect(contactTab).toHaveText(/Contato: Patrick Fonseca/);
  const screen = page.getByRole('region', { name: 'Contato Patrick Fonseca' });
  await screen.getByLabel('Cargo').fill('Gerente financeiro');
  await screen.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(screen.getByRole('status')).toHaveText('Contato salvo.');

  await page.reload();
  await expect(page.getByTestId('contact-tab')).toHaveText(/Contato: Patrick Fonseca/);
  await expect(page.getByRole('region', { name: 'Contato Patrick Fonseca' }).getByLabel('Cargo')).toHaveValue(
    'Gerente financeiro',
  );
  // The client tab it came from is still open too.
  await expect(page.getByTestId('workspace-tab')).toHaveCount(1);
  await page.keyboard.press('Control+w');
  await expect(page.getByTestId('contact-tab')).toHaveCount(0);
});
