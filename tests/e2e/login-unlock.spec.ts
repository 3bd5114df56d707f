import { expect, test } from '@playwright/test';
import { startShell } from './support/web-shell';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';

test('repeated wrong passwords make the login wait (named in pt-BR); an admin clicks Desbloquear acesso', async ({
  browser,
}) => {
  const shell = await startShell({ CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: '50' });
  try {
    const agentPage = await (await browser.newContext()).newPage();
    await agentPage.goto(shell.url);
    const alert = agentPage.getByRole('alert');
    for (let i = 0; i < 6; i++) {
      await agentPage.getByLabel('Login').fill(DEMO_AGENT.login);
      await agentPage.getByLabel('Senha').fill(`errada-${i}`);
      await agentPage.getByRole('button', { name: 'Entrar' }).click();
      await expect(alert).toHaveText(i < 5 ? 'Login ou senha incorretos.' : /Aguarde \d+ s/);
    }
    await agentPage.getByLabel('Senha').fill(DEMO_AGENT.password);
    await agentPage.getByRole('button', { name: 'Entrar' }).click();
    await expect(alert).toHaveText(/Muitas tentativas sem sucesso\. Aguarde \d+ s/);

    const adminPage = await (await browser.newContext()).newPage();
    await loginAs(adminPage, shell.url, DEMO_ADMIN);
    await adminPage.getByRole('button', { name: 'Configurações' }).click();
    await adminPage.getByRole('button', { name: 'Usuários e grupos' }).click();
    const row = adminPage.getByRole('table', { name: 'Usuários' }).getByRole('row', { name: /ana/ });
    await expect(row).toContainText('5 tentativas sem sucesso');
    await row.getByRole('button', { name: 'Desbloquear acesso' }).click();
    await expect(row.getByRole('button', { name: 'Desbloquear acesso' })).toHaveCount(0);

    await agentPage.getByRole('button', { name: 'Entrar' }).click();
    await expect(agentPage.getByTestId('current-user')).toBeVisible();
    // Contexts made by hand outlive the test: a page left open keeps its event stream and runs on.
    await agentPage.context().close();
    await adminPage.context().close();
  } finally {
    await shell.stop();
  }
});
