import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEFAULT_DEMO_SEED } from '../../db/seed/clients';
import { ClientSource } from '../../tools/simulators/erp/client-source';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { isOpen, titleCountFor, titlesFor } from '../../tools/simulators/erp/titles';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { openClient } from './support/open-client';
import { startShell, type RunningShell } from './support/web-shell';

/** Informações Financeiras, Faturas abertas and the boleto viewer, against an ERP simulator this test owns. */
const CLIENTS = 300;
let sim: ErpSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  sim = await startErpSimulator({ clients: CLIENTS });
  shell = await startShell({ CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: String(CLIENTS) });
});
test.afterAll(async () => {
  await shell.stop();
  await sim.stop();
});
test.afterEach(() => sim.clearFaults());
test.describe.configure({ mode: 'serial' });

test('admin points the console at the ERP, tests the connection and syncs now', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  const form = page.getByRole('form', { name: 'Conexão com o ERP' });
  await form.getByLabel('Endereço da API do ERP').fill(sim.url);
  await form.getByLabel('Token de acesso').fill(sim.token);
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByText('Configurações salvas.')).toBeVisible();
  await form.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('erp-about')).toHaveText(
    'Conectado: Simulador ERP Oeste versão 2026.11.3 (API 1.0.0).',
  );
  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await expect(page.getByTestId('erp-last-run')).toContainText('Sucesso', { timeout: 30_000 });
  await expect(page.getByTestId('erp-last-run')).toContainText('manual');
  await expect(page.getByRole('row', { name: /^Fatura/ })).toContainText('2.995');
});

test('opening a client fills Informações Financeiras and lists its open boletos', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openClient(page, 'maximino santin', /Maximino Santin/);
  await expect(page.getByTestId('fin-available-balance')).toHaveText('R$ 9.648,08');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 10.000,00');
  await expect(page.getByTestId('fin-last-order')).toHaveText('10/11/2026');
  await expect(page.getByTestId('fin-last-invoice')).toHaveText('19/11/2026');
  await expect(page.getByTestId('fin-credit-status')).toHaveText('ADIMPLENTE');
  await expect(page.getByTestId('fin-freshness')).toHaveText(
    /^atualizado em \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
  );

  const rows = page.getByTestId('open-invoice-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('3000-0001348020');
  await expect(rows.first()).toContainText('12/12/2026');
  await expect(rows.first()).toContainText('R$ 175,96');
  await expect(rows.first()).toContainText('Distribuidora');
  await expect(page.getByTestId('invoices-showing')).toHaveText('Mostrando de 1 até 2 de 2 registros');
  const invoices = page.getByRole('region', { name: 'Faturas abertas' });
  await invoices.getByLabel('Pesquisar').fill('18/12');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('invoices-showing')).toHaveText('Mostrando de 1 até 1 de 1 registros');
  await invoices.getByLabel('Pesquisar').fill('nada disso');
  await expect(invoices.getByText('Nenhum boleto encontrado para a pesquisa.')).toBeVisible();
  await invoices.getByLabel('Pesquisar').fill('');
  await invoices.getByLabel('Ambiente').selectOption('Distribuidora');
  await expect(rows).toHaveCount(2);
});

test('Emitir shows the boleto PDF in the app; Baixar saves it named by its identifier', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openClient(page, 'maximino santin', /Maximino Santin/);
  await page.getByRole('button', { name: 'Emitir boleto 3000-0001355908' }).click();
  const viewer = page.getByRole('dialog', { name: 'Boleto 3000-0001355908' });
  await expect(viewer.getByRole('img', { name: 'Página 1 do boleto' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Imprimir' })).toBeEnabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    viewer.getByRole('button', { name: 'Baixar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('3000-0001355908.pdf');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('Boleto 3000-0001355908');
  await viewer.getByRole('button', { name: 'Fechar' }).click();
  await expect(viewer).toBeHidden();
});

test('a corrupt PDF from the ERP gets a clear message instead of a blank viewer', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openClient(page, 'maximino santin', /Maximino Santin/);
  sim.setFault('boletoPdf', { kind: 'corruptPdf' });
  await page.getByRole('button', { name: 'Emitir boleto 3000-0001348020' }).click();
  const viewer = page.getByRole('dialog', { name: 'Boleto 3000-0001348020' });
  await expect(viewer.getByRole('alert')).toContainText('está corrompido e não pode ser exibido');
  await expect(viewer.getByRole('button', { name: 'Imprimir' })).toBeDisabled();
});

test('with the ERP unreachable the cached values stay, marked stale with the reason', async ({ page }) => {
  sim.setFault('*', { kind: 'reset' });
  await loginAs(page, shell.url, DEMO_AGENT);
  await openClient(page, 'maximino santin', /Maximino Santin/);
  // The cause, or — once the screen's calls have opened the circuit — the fast failure with the hour.
  await expect(page.getByTestId('fin-stale')).toContainText(
    /Não foi possível conectar ao ERP|ERP indisponível, nova tentativa às \d\d:\d\d/,
    { timeout: 20_000 },
  );
  await expect(page.getByTestId('fin-stale')).toContainText('atualizado em');
  await expect(page.getByTestId('fin-available-balance')).toHaveText('R$ 9.648,08');
  await expect(page.getByTestId('invoices-stale')).toContainText('Lista da última sincronização');
  await expect(page.getByTestId('open-invoice-row')).toHaveCount(2);
});

test('a client without open boletos says so', async ({ page }) => {
  const source = new ClientSource(CLIENTS, undefined);
  let erpCode = '';
  for (let i = 1; i < CLIENTS && !erpCode; i++) {
    const facts = source.facts(i);
    const titles = titlesFor(facts, titleCountFor(i, CLIENTS, CLIENTS * 10), DEFAULT_DEMO_SEED);
    if (!titles.some(isOpen)) erpCode = facts.erpCode;
  }
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.keyboard.press('F9');
  await page.getByRole('combobox', { name: 'Buscar cliente' }).pressSequentially(erpCode);
  await expect(page.getByTestId('search-row').first()).toContainText(erpCode);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Não há boletos em aberto para este cliente.')).toBeVisible();
});

test('reopening shows the cached values at once, then updates them from the ERP', async ({ page }) => {
  // The ERP raises the limit (another desktop's credit decision) and then answers slowly.
  const raised = await fetch(`${sim.url}/v1/clientes/82467786/credito`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${sim.token}`,
      'content-type': 'application/json',
      'idempotency-key': 'e2e-raise',
    },
    body: JSON.stringify({
      situacaoFinanceira: 'ADIMPLENTE',
      limiteCredito: '12000.00',
      alteradoPor: { login: 'supervisor', nome: 'Supervisora' },
      motivo: 'Aumento aprovado',
    }),
  });
  expect(raised.status).toBe(200);
  sim.setFault('resumoFinanceiro', { kind: 'slow', ms: 6_000 });
  await loginAs(page, shell.url, DEMO_AGENT);
  await openClient(page, 'maximino santin', /Maximino Santin/);
  await expect(page.getByTestId('fin-freshness')).toContainText(/^atualizado em .* · consultando o ERP…$/);
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 10.000,00');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 12.000,00', { timeout: 15_000 });
  await expect(page.getByTestId('fin-available-balance')).toHaveText('R$ 11.648,08');
  await expect(page.getByTestId('fin-freshness')).toHaveText(/^atualizado em [^·]+$/);
});

test('npm start on a demo database runs the ERP simulator and the widget fills with no setup', async ({
  page,
}) => {
  const demo = await startShell({ CENTRAL_DEMO_CLIENTS: String(CLIENTS) });
  try {
    await loginAs(page, demo.url, DEMO_AGENT);
    await openClient(page, 'maximino santin', /Maximino Santin/);
    await expect(page.getByTestId('fin-freshness')).toHaveText(/^atualizado em /);
    await expect(page.getByTestId('fin-last-invoice')).toHaveText('19/11/2026');
    await expect(page.getByTestId('open-invoice-row')).toHaveCount(2);
  } finally {
    await demo.stop();
  }
});
