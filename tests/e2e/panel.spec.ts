import { expect, test } from '@playwright/test';
import { openShowcaseClient } from './support/open-client';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/** The supervisor's Painel and the client header's flags, in the web shell with demo data. */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => shell.stop());
test.use({ viewport: { width: 1440, height: 900 } });

test('an agent has no Painel; a supervisor reads it with the keyboard, charts or tables', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await expect(page.getByRole('button', { name: 'Painel', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sair' }).click();

  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Painel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Painel', level: 1 })).toBeVisible();
  await expect(page.getByTestId('panel-consumption-total')).toContainText('consulta');
  await expect(page.getByTestId('panel-health-erp')).toContainText('Última execução');
  // The demo database has the curve computed: every client is in one class.
  const total = async () => {
    let n = 0;
    for (const c of ['A', 'B', 'C'])
      n += Number(
        ((await page.getByTestId(`abc-class-${c}`).locator('td').first().textContent()) ?? '0').replace(
          /\D/g,
          '',
        ),
      );
    return n;
  };
  await expect.poll(total).toBe(300);
  // Keyboard: the table view of the consumption is one Tab + Enter away from its toggle.
  const toggle = page.getByRole('group', { name: 'Forma de exibição: consumo Deps' });
  await toggle.getByRole('button', { name: 'Tabela' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Consultas por mês (tabela)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Consultas por mês (tabela)' }).locator('tbody tr'),
  ).toHaveCount(12);
});

test('the budget set in Configurações shows in the Painel', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page
    .getByRole('navigation', { name: 'Seções de configuração' })
    .getByRole('button', { name: 'Bureau de crédito', exact: true })
    .click();
  await page.getByLabel('Orçamento mensal (vazio = sem orçamento)').fill('1.500,00');
  await page.getByRole('button', { name: 'Salvar orçamento' }).click();
  await expect(page.getByTestId('toast').getByText('Orçamento Deps salvo.')).toBeVisible();
  await page.getByRole('button', { name: 'Painel', exact: true }).click();
  await expect(page.getByTestId('panel-budget')).toContainText('de R$ 1.500,00');
});

test("the showcase client's header tells group, restriction and consent before dialing", async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  const flags = page.getByRole('list', { name: 'Antes de ligar ou escrever' });
  await expect(flags).toBeVisible();
  await expect(page.getByTestId('header-flag-group')).toContainText(/Sem grupo|Grupo/);
  await expect(page.getByTestId('header-flag-restriction')).toContainText(/Sem restrição|Com restrição/);
  await expect(page.getByTestId('header-flag-calls')).toContainText('Discagens liberadas');
  await expect(page.getByTestId('header-flag-messages')).toContainText('Mensagens liberadas');
  await expect(page.getByTestId('header-abc')).toHaveText(/^[ABC]/);
});
