import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { openShowcaseClient } from './support/open-client';
import { DEMO_AGENT, loginAs } from './support/login';

/** Counts a new user read wrong on the client screen: numbers and nouns that disagree. */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

const panel = (page: Page) => page.getByRole('tabpanel');

test('Suporte ao cliente agrees in number: "1 solicitação aberta · 1 encerrada"', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+5');
  await expect(
    panel(page)
      .getByText(/solicitaç/)
      .first(),
  ).toHaveText('1 solicitação aberta · 1 encerrada');
  await panel(page).getByRole('button', { name: 'Encerrar' }).click();
  await expect(
    panel(page)
      .getByText(/solicitaç/)
      .first(),
  ).toHaveText('0 solicitações abertas · 2 encerradas');
});

test('after deleting a file the footer counts what is left, not "Mostrando 0 de 1 arquivos"', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+9');
  const footer = panel(page).getByText(/^Mostrando \d+ de \d+ arquivos?$/);
  await expect(footer).toBeVisible();
  const before = Number(/de (\d+)/.exec((await footer.textContent()) ?? '')?.[1]);
  await panel(page)
    .getByTestId('file-input')
    .setInputFiles({ name: 'rascunho.txt', mimeType: 'text/plain', buffer: Buffer.from('rascunho') });
  const files = panel(page).getByRole('table', { name: 'Arquivos' });
  await expect(files.getByText('rascunho.txt')).toBeVisible();
  const one = (n: number) => `Mostrando ${n} de ${n} ${n === 1 ? 'arquivo' : 'arquivos'}`;
  await expect(footer).toHaveText(one(before + 1));

  page.once('dialog', (d) => void d.accept());
  await files.getByRole('button', { name: 'Excluir rascunho.txt' }).click();
  await expect(files.getByText('rascunho.txt')).toHaveCount(0);
  await expect(footer).toHaveText(one(before));
});
