import { expect, test, type Page } from '@playwright/test';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL } from '../../tools/simulators/bureau/fixtures';
import { shellSubjects } from './support/bureau-subjects';
import { startShell, type RunningShell } from './support/web-shell';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';

/**
 * The whole Deps flow in the web shell, against a bureau simulator this test owns (so it can
 * count what is billed). The shell runs with NODE_TLS_REJECT_UNAUTHORIZED=0, as Ema ERP's
 * setup told admins to do: the page must report it and the bureau connection must ignore it.
 */
const BUREAU_PASSWORD = 'Senha-Deps-e2e-4821';
let sim: BureauSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  // The bureau answers under the names of the shell's clients, as the real one knows them.
  sim = await startBureauSimulator({
    password: BUREAU_PASSWORD,
    subjects: shellSubjects(() => shell.dataDir),
  });
  shell = await startShell({
    CENTRAL_DEMO_SERVICES: '0',
    CENTRAL_DEMO_CLIENTS: '300',
    NODE_TLS_REJECT_UNAUTHORIZED: '0',
  });
});
test.afterAll(async () => {
  await shell.stop();
  await sim.stop();
});

async function openMaximino(page: Page): Promise<void> {
  await page.keyboard.press('F9');
  await page.getByRole('combobox', { name: 'Buscar cliente' }).pressSequentially('maximino santin');
  await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
}

test.describe.configure({ mode: 'serial' });

test('admin configures the bureau: TLS risk shown, self-signed refused until the CA is imported', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Bureau de crédito' }).click();
  const form = page.getByRole('form', { name: 'Bureau de crédito' });
  await expect(page.getByTestId('bureau-tls-risk')).toContainText('NODE_TLS_REJECT_UNAUTHORIZED=0');
  await expect(page.getByTestId('bureau-protection')).toContainText('mais fraca');

  await form.getByLabel('URL da API').fill(sim.url);
  await form.getByLabel('E-mail').fill(DEFAULT_EMAIL);
  await form.getByLabel('Senha').fill('senha-errada');
  await form.getByRole('button', { name: 'Atualizar produtos do bureau' }).click();
  // Even with the variable set, the self-signed certificate is refused and nothing is sent.
  await expect(form.getByRole('alert').filter({ hasText: 'certificado' })).toBeVisible();
  expect(sim.requests()).toHaveLength(0);

  await form.getByLabel('Importar CA (PEM)').setInputFiles({
    name: 'deps-ca.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(sim.caPem),
  });
  await form.getByRole('button', { name: 'Atualizar produtos do bureau' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Usuário ou senha inválidos.' })).toBeVisible();

  await form.getByLabel('Senha').fill(BUREAU_PASSWORD);
  await form.getByRole('button', { name: 'Atualizar produtos do bureau' }).click();
  await expect(form.getByLabel('Pessoa jurídica (CNPJ)')).toContainText('(B2C3D4E5)');
  await expect(form.getByLabel('Pessoa física (CPF)')).toContainText('(A1B2C3D4)');
  await form.getByLabel('Sincroniza contas a receber diariamente à 1:00h').check();
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByText('Configurações salvas.')).toBeVisible();
  await expect(form.getByTestId('bureau-ca-info')).toContainText('localhost');
  await expect(form.getByLabel('Senha')).toHaveValue('');

  await page.reload();
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Bureau de crédito' }).click();
  await expect(form.getByLabel('Senha')).toHaveAttribute('placeholder', /salva/);
  await expect(form.getByLabel('Sincroniza contas a receber diariamente à 1:00h')).toBeChecked();
  // The saved password never comes back to the page.
  expect(await page.content()).not.toContain(BUREAU_PASSWORD);
});

test('agent: F9, Deps, one paid query however often Enter is pressed, new limit in the header', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openMaximino(page);
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 10.000,00');

  await page.getByRole('button', { name: 'Deps', exact: true }).click();
  const product = page.getByRole('dialog', { name: 'Consulta Deps' });
  await expect(product.getByLabel('Identificador de produtos')).toHaveValue('B2C3D4E5');
  await product.getByRole('button', { name: 'Continuar' }).click();

  const confirm = page.getByRole('dialog', { name: 'Realizar nova consulta' });
  await expect(confirm).toContainText('Esta consulta é cobrada pela Deps.');
  const confirmButton = confirm.getByRole('button', { name: 'Confirmar consulta cobrada' });
  await expect(confirmButton).toBeFocused();
  // Enter held down on the confirmation, then a double click for good measure.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
  await confirmButton.dblclick({ timeout: 1_000 }).catch(() => undefined);

  // A new query opens the limit step pre-filled; it replaces the result instead of stacking on it.
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await expect(edit).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await edit.getByRole('button', { name: 'Agora não' }).click();
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  await expect(result.getByTestId('decision-opinion')).toContainText('Reprovado');
  await expect(result.getByTestId('decision-classification')).toContainText('C');
  // A restricted subject: score and risk agree with the rejection, which says why.
  await expect(result.getByTestId('decision-score')).toContainText('374 · Alto');
  await expect(result.getByTestId('decision-opinion')).toContainText('restrições ativas');
  await expect(result.getByTestId('bureau-subject-mismatch')).toHaveCount(0);
  await expect(result.getByTestId('restriction-acoesJudiciais')).toContainText('Nada consta.');
  await expect(result.getByTestId('restriction-pendencias')).toHaveAttribute('data-state', 'found');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await result.getByRole('button', { name: 'Editar situação/limite de crédito' }).click();
  await expect(result).toBeHidden();

  await expect(edit.getByLabel('Limite de crédito (R$)')).toHaveValue('R$ 0,00');
  await expect(edit.getByLabel('Situação de crédito')).toHaveText(/Bloqueado/);
  await edit.getByLabel('Limite de crédito (R$)').fill('16.000,00');
  await expect(edit.getByText('passa do máximo do seu grupo')).toBeVisible();
  await expect(edit.getByRole('button', { name: 'Confirmar' })).toBeDisabled();
  // The cap is a budget per client over 24 h, shown before the agent types.
  await expect(edit.getByTestId('credit-allowance')).toContainText(
    /Você ainda pode aumentar R\$\s5\.000,00 nas próximas 24 h/,
  );
  await edit.getByLabel('Limite de crédito (R$)').fill('12.000,00');
  // A styled list (Radix Select): its options open in a layer of their own.
  await edit.getByLabel('Situação de crédito').click();
  await page.getByRole('option', { name: 'Em análise' }).click();
  await expect(edit.getByLabel('Situação de crédito')).toHaveText(/Em análise/);
  await edit.getByRole('button', { name: 'Confirmar' }).click();

  await expect(edit).toBeHidden();
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 12.000,00');
  expect(sim.billedQueries()).toBe(1);
  expect(sim.requests().filter((r) => r.path.endsWith('/consultas/depsmix'))).toHaveLength(1);

  await page.getByRole('tab', { name: 'Histórico' }).click();
  const history = page.getByRole('table', { name: 'Histórico' });
  await expect(
    history.getByRole('row', { name: 'Situação/limite de crédito alterados por Ana Souza' }),
  ).toBeVisible();
  await expect(history.getByRole('row', { name: 'Consulta Deps realizada por Ana Souza' })).toBeVisible();
});

test('the last query is offered and reopens without paying; Análise crédito lists it', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openMaximino(page);
  await page.getByRole('button', { name: 'Deps', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Consulta Deps' })
    .getByRole('button', { name: 'Continuar' })
    .click();
  const recent = page.getByRole('dialog', { name: 'Consulta recente' });
  await expect(recent.getByTestId('deps-recent')).toContainText('por Ana Souza');
  await recent.getByRole('button', { name: 'Visualizar última consulta' }).click();
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  await expect(result.getByTestId('decision-score')).toContainText('374');
  // The step replaced the focused button: focus is inside the new dialog, so Esc reaches it.
  await expect(result.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(result).toBeHidden();

  await page.getByRole('button', { name: 'Análise crédito' }).click();
  const analysis = page.getByRole('dialog', { name: /Análise crédito/ });
  await expect(analysis.getByRole('tab', { name: 'Consultas' })).toHaveAttribute('aria-selected', 'true');
  const row = analysis.getByTestId('credit-query-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ana Souza');
  await expect(row).toContainText('Smart PJ 001');
  await expect(row).toContainText('374');
  await expect(row).toContainText('R$ 0,00');
  await expect(row).toContainText('Reprovado');
  await row.getByRole('button', { name: 'Abrir' }).click();
  await expect(page.getByRole('dialog', { name: 'Resultado da consulta Deps' })).toBeVisible();
  expect(sim.billedQueries()).toBe(1);
});

test('a partial answer shows the failed Smart block as a failure and suggests nothing', async ({ page }) => {
  sim.setFault({ kind: 'partial', block: 'smart' });
  try {
    await loginAs(page, shell.url, DEMO_AGENT);
    await openMaximino(page);
    await page.getByRole('button', { name: 'Deps', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Consulta Deps' })
      .getByRole('button', { name: 'Continuar' })
      .click();
    await page
      .getByRole('dialog', { name: 'Consulta recente' })
      .getByRole('button', { name: 'Realizar nova consulta' })
      .click();
    await page.getByRole('button', { name: 'Confirmar consulta cobrada' }).click();
    const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
    await expect(edit.getByTestId('credit-suggestion')).toContainText('não sugeriu limite');
    await expect(edit.getByLabel('Limite de crédito (R$)')).toHaveValue('R$ 12.000,00');
    await edit.getByRole('button', { name: 'Agora não' }).click();
    const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
    await expect(result.getByRole('alert').filter({ hasText: 'Resultado parcial' })).toBeVisible();
    await expect(result.getByTestId('decision-opinion')).toHaveAttribute('data-state', 'failed');
    await expect(result.getByTestId('decision-opinion')).toContainText('Falhou no bureau');
    await expect(result.getByTestId('decision-classification')).toContainText('Falhou no bureau');
    await expect(result.getByTestId('decision-score')).toContainText('374');
    expect(sim.billedQueries()).toBe(2);
  } finally {
    sim.setFault(null);
  }
});

test('without the Deps permission the buttons are disabled and say why', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Usuários e grupos' }).click();
  await page
    .getByRole('row', { name: /Atendentes/ })
    .getByRole('button')
    .first()
    .click();
  const group = page.getByRole('dialog', { name: /Grupo Atendentes/ });
  await group.getByLabel('Clientes - Permite utilizar consulta Deps').uncheck();
  await group.getByRole('button', { name: 'Salvar' }).click();
  await expect(group).toBeHidden();

  await page.getByRole('button', { name: 'Sair' }).click();
  await loginAs(page, shell.url, DEMO_AGENT);
  await openMaximino(page);
  const deps = page.getByRole('button', { name: 'Deps', exact: true });
  await expect(deps).toBeDisabled();
  await expect(page.locator('span[title*="Permite utilizar consulta Deps"]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Análise crédito' })).toBeDisabled();
});

test('a big jump asks for an explicit confirmation with its size and the bureau suggestion, even uncapped', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await openMaximino(page);
  await page.getByRole('button', { name: 'Deps', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Consulta Deps' })
    .getByRole('button', { name: 'Continuar' })
    .click();
  await page
    .getByRole('dialog', { name: 'Consulta recente' })
    .getByRole('button', { name: 'Realizar nova consulta' })
    .click();
  await page.getByRole('button', { name: 'Confirmar consulta cobrada' }).click();
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await edit.getByLabel('Limite de crédito (R$)').fill('999.999,00');
  const warning = edit.getByTestId('large-increase');
  await expect(warning).toContainText('para R$');
  await expect(warning).toContainText('999.999,00');
  await expect(warning).toContainText('Sugestão do bureau: R$');
  const confirm = edit.getByRole('button', { name: 'Confirmar' });
  await expect(confirm).toBeDisabled();
  await warning.getByRole('checkbox', { name: /Confirmo o aumento de/ }).check();
  await confirm.click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 999.999,00');
});
