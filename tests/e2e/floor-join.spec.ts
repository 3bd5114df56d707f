import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TEST_FLOOR_KEY } from '../main/support/floor-policy';
import type { TestPostgres } from '../../tools/floor/embedded-postgres';
import { FLOOR_TEST_PASSWORD, startRestartablePostgres } from '../main/support/floor-join';
import { expectAccessible } from './support/axe';
import { DEMO_ADMIN, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * An admin joins this desktop to the central database from Configurações → Banco central
 * (a real PostgreSQL started here): a wrong password is told in pt-BR, the right one tests as
 * an empty database and joins; when the server stops the whole console shows "Sem conexão com
 * o banco central — somente leitura", and the banner goes when it is back.
 */
let pg: TestPostgres;
let shell: RunningShell;

test.beforeAll(async () => {
  pg = await startRestartablePostgres();
  await pg.createDatabase('central_e2e');
  // IT's machine policy gives the floor key: the import re-seals the desktop's passwords with it.
  const policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'central-policy-')), 'policy.json');
  fs.writeFileSync(policyFile, JSON.stringify({ floorKey: TEST_FLOOR_KEY.toString('base64') }));
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '100', CENTRAL_POLICY_FILE: policyFile });
});
test.afterAll(async () => {
  await shell?.stop();
  await pg?.stop();
});

test('test a wrong password, then the right one, join; the banner follows the server', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Banco central' }).click();
  await expect(page.getByTestId('floor-state')).toHaveAttribute('data-state', 'embedded');

  await page.getByLabel('Servidor', { exact: true }).fill('127.0.0.1');
  await page.getByLabel('Porta', { exact: true }).fill(String(pg.port));
  await page.getByLabel('Banco de dados', { exact: true }).fill('central_e2e');
  await page.getByLabel('Usuário', { exact: true }).fill('postgres');
  await page.getByLabel('Senha', { exact: true }).fill('senha-errada');
  await page.getByLabel('TLS', { exact: true }).selectOption('disable');
  await page.getByLabel('Empresa (CNPJ ou código)').fill('11222333000181');
  await page.getByLabel('Empresa (nome)').fill('Acme Atendimento Ltda');

  await page.getByRole('button', { name: 'Testar conexão' }).click();
  const result = page.getByTestId('floor-probe-result');
  await expect(result).toHaveAttribute('data-kind', 'authFailed');
  await expect(result).toContainText('Senha incorreta');

  await page.getByLabel('Senha', { exact: true }).fill(FLOOR_TEST_PASSWORD);
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(result).toHaveAttribute('data-kind', 'empty');
  await expect(result).toContainText('Banco vazio (pronto para importar)');
  await expectAccessible(page, 'configurações: Banco central');

  await page.getByRole('button', { name: 'Entrar no banco central' }).click();
  await expect(page.getByTestId('floor-state')).toHaveAttribute('data-state', 'online');
  await expect(page.getByText('Conectado ao banco central.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importar dados deste computador' })).toBeVisible();
  await expect(page.getByTestId('floor-offline')).toHaveCount(0);

  // The one-time import: confirm, then the report (no step copied anything yet on this branch).
  await page.getByRole('button', { name: 'Importar dados deste computador' }).click();
  await page
    .getByRole('dialog', { name: 'Importar dados deste computador?' })
    .getByRole('button', { name: 'Importar' })
    .click();
  await expect(page.getByTestId('floor-import-report')).toContainText('Importação concluída');

  await pg.pause();
  const banner = page.getByTestId('floor-offline');
  await expect(banner).toContainText('Sem conexão com o banco central — somente leitura', {
    timeout: 20_000,
  });
  // Local reads keep working: the search finds a client and its screen opens.
  await page.getByRole('button', { name: /Buscar cliente/ }).click();
  const search = page.getByRole('combobox', { name: 'Buscar cliente' });
  await search.pressSequentially('maximino santin');
  await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
  await expect(banner).toBeVisible();

  await pg.resume();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Banco central' }).click();
  await expect(page.getByTestId('floor-state')).toHaveAttribute('data-state', 'online');
});
