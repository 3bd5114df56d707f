import { expect, test } from '@playwright/test';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { expectAccessible } from './support/axe';
import { startShell, type RunningShell } from './support/web-shell';

let sim: ErpSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  sim = await startErpSimulator({ clients: 150, titles: 600 });
  shell = await startShell({}, undefined, 'production');
});
test.afterAll(async () => {
  await shell?.stop();
  await sim?.stop();
});

test('an installed console: setup wizard, ERP test, first sync, then F9 finds an ERP client', async ({
  page,
}) => {
  expect(shell.output()).not.toMatch(/demonstração|simulador/);
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Primeiro acesso' })).toBeVisible();
  await expect(page.getByLabel('Usuários de demonstração')).toHaveCount(0);
  await expectAccessible(page, 'primeiro acesso');
  await page.getByLabel('Nome do administrador').fill('Carla Mendes');
  await page.getByLabel('Login').fill('carla');
  await page.getByLabel('Senha (mínimo 8 caracteres)').fill('senha-forte-2026');
  await page.getByLabel('Confirme a senha').fill('senha-forte-2026');
  await page.getByRole('button', { name: 'Criar administrador e entrar' }).click();

  await expect(page.getByRole('heading', { name: /Etapa 2 de 4/ })).toBeVisible();
  const next = page.getByRole('button', { name: 'Avançar' });
  await expect(next).toBeDisabled();
  await expectAccessible(page, 'configuração inicial: ERP');
  await page.getByLabel('Endereço da API do ERP').fill(sim.url);
  await page.getByLabel('Token de acesso').fill(sim.token);
  await page.getByRole('button', { name: 'Salvar' }).click();
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('erp-about')).toContainText('Conectado');
  await next.click();

  await expect(page.getByRole('heading', { name: /Etapa 3 de 4/ })).toBeVisible();
  await expectAccessible(page, 'configuração inicial: bureau');
  await page.getByRole('button', { name: 'Pular (configurar depois)' }).click();

  await expect(page.getByRole('heading', { name: /Etapa 4 de 4/ })).toBeVisible();
  await expectAccessible(page, 'configuração inicial: primeira sincronização');
  await page.getByRole('button', { name: 'Iniciar sincronização' }).click();
  await page.getByRole('button', { name: 'Abrir a Central de Atendimento' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('current-user')).toHaveText('Carla Mendes');

  await page.keyboard.press('F9');
  await expect(page.getByTestId('first-sync-notice')).toHaveCount(0);
  // The ERP simulator serves the same deterministic clients as the demo, showcase client first.
  await page.getByRole('combobox', { name: 'Buscar cliente' }).fill('maximino santin');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
});

test('before the first sync, F9 says the data is incomplete instead of "nothing found"', async ({ page }) => {
  const fresh = await startShell({}, undefined, 'production');
  try {
    await page.goto(fresh.url);
    await page.getByLabel('Nome do administrador').fill('Rui Prado');
    await page.getByLabel('Login').fill('rui');
    await page.getByLabel('Senha (mínimo 8 caracteres)').fill('senha-forte-2026');
    await page.getByLabel('Confirme a senha').fill('senha-forte-2026');
    await page.getByRole('button', { name: 'Criar administrador e entrar' }).click();
    await page.getByRole('button', { name: /Continuar depois/ }).click();
    await page.keyboard.press('F9');
    await expect(page.getByTestId('first-sync-notice')).toContainText('primeira sincronização');
  } finally {
    await fresh.stop();
  }
});
