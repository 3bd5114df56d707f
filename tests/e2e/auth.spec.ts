import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';

test.describe('demo database', () => {
  let shell: RunningShell;
  test.beforeAll(async () => {
    shell = await startShell();
  });
  test.afterAll(async () => shell.stop());

  test('login screen shows the demo users and refuses a wrong password in pt-BR', async ({ page }) => {
    await page.goto(shell.url);
    await expect(page.getByLabel('Usuários de demonstração')).toContainText('ana');
    await page.getByLabel('Login').fill('ana');
    await page.getByLabel('Senha').fill('errada');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page.getByRole('alert')).toHaveText('Login ou senha incorretos.');
  });

  test('an agent does not see admin sections; a permission granted by an admin applies without a restart', async ({
    browser,
  }) => {
    const agentPage = await (await browser.newContext()).newPage();
    await loginAs(agentPage, shell.url, DEMO_AGENT);
    await agentPage.getByRole('button', { name: 'Configurações' }).click();
    const agentNav = agentPage.getByRole('navigation', { name: 'Seções de configuração' });
    await expect(agentNav.getByRole('button', { name: 'Sobre' })).toBeVisible();
    await expect(agentNav.getByRole('button', { name: 'Usuários e grupos' })).toHaveCount(0);
    await expect(agentNav.getByRole('button', { name: 'Auditoria' })).toHaveCount(0);

    const adminPage = await (await browser.newContext()).newPage();
    await loginAs(adminPage, shell.url, DEMO_ADMIN);
    await adminPage.getByRole('button', { name: 'Configurações' }).click();
    await adminPage.getByRole('button', { name: 'Usuários e grupos' }).click();
    await adminPage.getByRole('button', { name: '+ Novo grupo' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Novo grupo' });
    await dialog.getByLabel('Nome do grupo').fill('Supervisores');
    await dialog.getByLabel('Configurações - Usuários e grupos').check();
    await dialog.getByRole('button', { name: 'Salvar' }).click();
    await expect(adminPage.getByRole('table', { name: 'Grupos' })).toContainText('Supervisores');

    await adminPage
      .getByRole('row', { name: /Ana Souza/ })
      .getByRole('button', { name: 'Editar' })
      .click();
    const userDialog = adminPage.getByRole('dialog', { name: 'Usuário Ana Souza' });
    await userDialog.getByLabel('Supervisores').check();
    await userDialog.getByRole('button', { name: 'Salvar' }).click();
    await expect(adminPage.getByRole('row', { name: /Ana Souza/ })).toContainText('Supervisores');

    // The agent's open window picks the change up (pushed event) without logging in again.
    await expect(agentNav.getByRole('button', { name: 'Usuários e grupos' })).toBeVisible();
    await agentNav.getByRole('button', { name: 'Auditoria' }).click();
    await expect(agentPage.getByRole('table', { name: 'Registros de auditoria' })).toContainText(
      'Grupo criado',
    );
    // Contexts made by hand outlive the test: a page left open keeps its event stream and runs on.
    await agentPage.context().close();
    await adminPage.context().close();
  });
});

test('"manter conectado" keeps only the browser that ticked it; Sair ends it there too', async ({
  browser,
}) => {
  const shell = await startShell();
  try {
    const a = await browser.newContext();
    const pageA = await a.newPage();
    await pageA.goto(shell.url);
    await pageA.getByLabel('Login').fill(DEMO_AGENT.login);
    await pageA.getByLabel('Senha').fill(DEMO_AGENT.password);
    await pageA.getByLabel('Manter conectado').check();
    await pageA.getByRole('button', { name: 'Entrar' }).click();
    await expect(pageA.getByTestId('current-user')).toBeVisible();
    // The session and the remembered token are HttpOnly cookies: page scripts cannot read them.
    expect(
      await pageA.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie),
    ).toBe('');

    const b = await browser.newContext();
    const pageB = await b.newPage();
    await pageB.goto(shell.url);
    await expect(pageB.getByRole('button', { name: 'Entrar' })).toBeVisible();
    await expect(pageB.getByTestId('current-user')).toHaveCount(0);

    // A restart of the shell ends every session; A comes back through its own remembered token.
    await shell.stop();
    const again = await startShell({ PORT: String(new URL(shell.url).port) }, shell.dataDir);
    try {
      await pageA.reload();
      await expect(pageA.getByTestId('current-user')).toBeVisible();
      await pageB.reload();
      await expect(pageB.getByRole('button', { name: 'Entrar' })).toBeVisible();

      await pageA.getByRole('button', { name: 'Sair' }).click();
      await expect(pageA.getByRole('button', { name: 'Entrar' })).toBeVisible();
      await pageA.reload();
      await expect(pageA.getByRole('button', { name: 'Entrar' })).toBeVisible();
    } finally {
      await again.stop();
    }
    await a.close();
    await b.close();
  } finally {
    await shell.stop();
  }
});

test('"Sair de todos os dispositivos" logs out the other browser and forgets its "manter conectado"', async ({
  browser,
}) => {
  const shell = await startShell();
  try {
    const pages = [];
    for (let i = 0; i < 2; i++) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(shell.url);
      await page.getByLabel('Login').fill(DEMO_AGENT.login);
      await page.getByLabel('Senha').fill(DEMO_AGENT.password);
      await page.getByLabel('Manter conectado').check();
      await page.getByRole('button', { name: 'Entrar' }).click();
      await expect(page.getByTestId('current-user')).toBeVisible();
      pages.push(page);
    }
    const [first, second] = pages as [Page, Page];
    await second.getByRole('button', { name: 'Configurações' }).click();
    await second.getByRole('button', { name: 'Sobre' }).click();
    second.once('dialog', (d) => void d.accept());
    await second.getByRole('button', { name: 'Sair de todos os dispositivos' }).click();
    await expect(second.getByRole('button', { name: 'Entrar' })).toBeVisible();
    // The other browser is told at once, and its remembered token no longer works.
    await expect(first.getByRole('button', { name: 'Entrar' })).toBeVisible();
    await first.reload();
    await expect(first.getByRole('button', { name: 'Entrar' })).toBeVisible();
    for (const page of pages) await page.context().close();
  } finally {
    await shell.stop();
  }
});

test('a brand-new database asks for the administrator; there is no default password', async ({ page }) => {
  const shell = await startShell({ CENTRAL_DEMO: '0' });
  try {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { name: 'Primeiro acesso' })).toBeVisible();
    await page.getByLabel('Nome do administrador').fill('Carla Mendes');
    await page.getByLabel('Login').fill('carla');
    await page.getByLabel('Senha (mínimo 8 caracteres)').fill('curta');
    await page.getByLabel('Confirme a senha').fill('curta');
    await page.getByRole('button', { name: 'Criar administrador e entrar' }).click();
    await expect(page.getByRole('alert')).toContainText('8 caracteres');
    await page.getByLabel('Senha (mínimo 8 caracteres)').fill('senha-forte-2026');
    await page.getByLabel('Confirme a senha').fill('senha-forte-2026');
    await page.getByRole('button', { name: 'Criar administrador e entrar' }).click();
    await expect(page.getByRole('heading', { name: /Etapa 2 de 4/ })).toBeVisible();
    await page.getByRole('button', { name: /Continuar depois/ }).click();
    await expect(page.getByTestId('current-user')).toHaveText('Carla Mendes');
    await page.getByRole('button', { name: 'Sair' }).click();
    await expect(page.getByRole('button', { name: 'Entrar' })).toBeVisible();
    await expect(page.getByLabel('Usuários de demonstração')).toHaveCount(0);
  } finally {
    await shell.stop();
  }
});

test('a corrupt database file is refused with a clear message and left untouched', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-corrupt-'));
  const file = path.join(dir, 'central.sqlite');
  fs.writeFileSync(file, 'PK\u0003\u0004 planilha, não um banco de dados'.repeat(100));
  const before = fs.readFileSync(file);
  const shell = await startShell({}, dir);
  try {
    await page.goto(shell.url);
    await expect(page.getByRole('alert')).toContainText('não é um banco de dados válido');
    await expect(page.getByRole('alert')).toContainText('não foi alterado');
  } finally {
    await shell.stop();
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});
