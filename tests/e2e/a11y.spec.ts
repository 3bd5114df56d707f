import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { openShowcaseClient } from './support/open-client';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * axe-core over every main screen of the web shell: 0 critical and 0 serious violations. The
 * moderate and minor findings land in test-results/axe-findings.jsonl for the issue note.
 */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => shell.stop());
test.use({ viewport: { width: 1440, height: 900 } });

const CLIENT_TABS = [
  'Detalhes',
  'Endereços',
  'Contatos',
  'Atividades',
  'Suporte ao cliente',
  'Faturamento',
  'Documentos de faturamento',
  'Produtos exclusivos',
  'Arquivos',
  'Histórico',
  'Pedidos',
];

const clientTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab', { name, exact: true });

test('login, home and the F9 search have no serious violations', async ({ page }) => {
  await page.goto(shell.url);
  await expect(page.getByLabel('Login')).toBeVisible();
  await expectAccessible(page, 'login');
  await loginAs(page, shell.url, DEMO_AGENT);
  await expectAccessible(page, 'início');
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.pressSequentially('maximino');
  await expect(page.getByTestId('search-row').first()).toBeVisible();
  await expectAccessible(page, 'busca F9');
});

test('Início (Meu dia) with its lists, and the shortcut sheet, have no serious violations', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.getByRole('tablist', { name: 'Clientes abertos' }).getByRole('tab', { name: 'Início' }).click();
  // The demo's activities that name Ana Souza are hers: her day has rows in it.
  await expect(page.getByTestId('home-activity').first()).toBeVisible();
  await expectAccessible(page, 'início: meu dia');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: /Atalhos do teclado/ })).toBeVisible();
  await expectAccessible(page, 'atalhos do teclado');
});

test('every client tab has no serious violations', async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  for (const name of CLIENT_TABS) {
    await clientTab(page, name).click();
    await expect(clientTab(page, name)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, `cliente: ${name}`);
  }
});

test('the new-activity dialog and its calendar have no serious violations, trap focus and pass the CSP', async ({
  page,
}) => {
  // Radix styles itself with inline styles and a style tag: the CSP (no unsafe-eval) must let them be.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to .*Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await clientTab(page, 'Atividades').click();
  await page.getByRole('button', { name: 'Adicionar atividade' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'diálogo: nova atividade');
  await dialog.getByRole('button', { name: 'Abrir calendário' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await expectAccessible(page, 'diálogo: calendário');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid')).toBeHidden();
  await expect(dialog).toBeVisible();
  // Tab never leaves the dialog (focus trap).
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((d) =>
        d.contains((d.ownerDocument as { activeElement: unknown }).activeElement as never),
      ),
    ).toBe(true);
  }
  // A body taller than the dialog (a short window) is a focusable region the keyboard can scroll.
  await page.setViewportSize({ width: 1366, height: 420 });
  const body = dialog.getByRole('region', { name: 'Conteúdo: Nova atividade' });
  await expect(body).toHaveAttribute('tabindex', '0');
  await expectAccessible(page, 'diálogo: nova atividade, janela baixa');
  expect(refused).toEqual([]);
});

test('the Deps flow (product, charge, limit step with its list, result) has no serious violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.getByRole('button', { name: 'Deps', exact: true }).click();
  const product = page.getByRole('dialog', { name: 'Consulta Deps' });
  await expect(product.getByRole('button', { name: 'Continuar' })).toBeEnabled();
  await expectAccessible(page, 'Deps: produto');
  await product.getByRole('button', { name: 'Continuar' }).click();
  const recent = page.getByRole('dialog', { name: 'Consulta recente' });
  const confirm = page.getByRole('button', { name: 'Confirmar consulta cobrada' });
  await expect(recent.or(confirm)).toBeVisible();
  if (await recent.isVisible()) {
    await expectAccessible(page, 'Deps: consulta recente');
    await recent.getByRole('button', { name: 'Realizar nova consulta' }).click();
  }
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'Deps: confirmar cobrança');
  await confirm.click();
  // The limit step replaces the confirmation: one dialog at a time.
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await expect(edit).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expectAccessible(page, 'Deps: limite de crédito');
  await edit.getByLabel('Situação de crédito').click();
  await expect(page.getByRole('listbox')).toBeVisible();
  // The list portals into the dialog, above its overlay, not to the inert page behind it.
  await expect(edit.getByRole('listbox')).toBeVisible();
  await expectAccessible(page, 'Deps: limite de crédito, lista de situações');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await edit.getByRole('button', { name: 'Agora não' }).click();
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  await expect(result.getByTestId('decision-opinion')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expectAccessible(page, 'Deps: resultado');
  // The same result at a laptop's height: its body scrolls and is reachable by keyboard.
  await page.setViewportSize({ width: 1366, height: 600 });
  await expectAccessible(page, 'Deps: resultado, janela baixa');
  await result.getByRole('button', { name: 'Fechar' }).first().click();
  await page.getByRole('button', { name: 'Análise crédito', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'Análise crédito');
});

test('every Configurações section has no serious violations', async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  const nav = page.getByRole('navigation', { name: 'Seções de configuração' });
  for (const name of [
    'Bureau de crédito',
    'Integração → Dados ERP',
    'Usuários e grupos',
    'Auditoria',
    'E-mail',
    'Sobre',
    'Backups',
  ]) {
    await nav.getByRole('button', { name, exact: true }).click();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, `configurações: ${name}`);
  }
  await nav.getByRole('button', { name: 'Integração → Dados ERP', exact: true }).click();
  await page.getByRole('tab', { name: 'Histórico' }).click();
  await expectAccessible(page, 'configurações: Dados ERP → Histórico');
});

test('the Usuários e grupos dialogs have no serious violations', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page
    .getByRole('navigation', { name: 'Seções de configuração' })
    .getByRole('button', { name: 'Usuários e grupos', exact: true })
    .click();
  await page.getByRole('button', { name: '+ Novo grupo' }).click();
  await expect(page.getByRole('dialog', { name: 'Novo grupo' })).toBeVisible();
  await expectAccessible(page, 'configurações: diálogo novo grupo');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '+ Novo usuário' }).click();
  await expect(page.getByRole('dialog', { name: 'Novo usuário' })).toBeVisible();
  await expectAccessible(page, 'configurações: diálogo novo usuário');
});

test('Liberação de crédito: queue, its confirmations, the release view and the Pedidos tab have no serious violations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, shell.url, DEMO_ADMIN);
  // The demo pulls the simulator's orders at start; the badge appears with the count.
  await expect(page.getByTestId('credit-release-badge')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('F7');
  const rows = page.getByRole('row', { name: /^Pedido \S+,/ });
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'liberação de crédito: fila');

  await expect(page.locator('[aria-current="true"]')).toBeFocused();
  await page.keyboard.press('l');
  await expect(page.getByRole('dialog', { name: /^Liberar o pedido/ })).toBeVisible();
  await expectAccessible(page, 'liberação de crédito: confirmar liberação');
  await page.keyboard.press('Escape');
  // The focus is handed back to the order before the next key, as an analyst sees it.
  await expect(page.locator('[aria-current="true"]')).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: /^Rejeitar o pedido/ })).toBeVisible();
  await expectAccessible(page, 'liberação de crédito: rejeitar');
  await page.keyboard.press('Escape');

  await expect(page.locator('[aria-current="true"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-position')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'liberação de crédito: pedido e posição do cliente');
  await page.getByRole('button', { name: /Liberar todos os pedidos bloqueados deste cliente/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Liberar todos os pedidos bloqueados deste cliente' }),
  ).toBeVisible();
  await expectAccessible(page, 'liberação de crédito: liberar todos do cliente');
  await page.keyboard.press('Escape');

  // The same view from the client screen's Pedidos tab.
  await page.getByRole('button', { name: 'Abrir ficha do cliente' }).click();
  await page.keyboard.press('Alt+p');
  const orders = page.getByRole('table', { name: 'Pedidos do cliente' });
  await expect(orders.getByRole('row', { name: /^Pedido \S+,.*bloqueado/ }).first()).toBeVisible();
  await expectAccessible(page, 'cliente: Pedidos (com liberação)');
  await orders
    .getByRole('row', { name: /^Pedido \S+,.*bloqueado/ })
    .first()
    .click();
  await expect(page.getByTestId('client-position')).toBeVisible();
  await expectAccessible(page, 'cliente: Pedidos → liberação do pedido');
});

test('the Painel, as charts and as tables, has no serious violations and passes the CSP', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to .*Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Painel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Consumo Deps' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Clientes por classe ABC/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, 'painel: gráficos');
  for (const group of ['consumo Deps', 'curva ABC'])
    await page
      .getByRole('group', { name: `Forma de exibição: ${group}` })
      .getByRole('button', { name: 'Tabela' })
      .click();
  await expectAccessible(page, 'painel: tabelas');
  expect(refused).toEqual([]);
});
