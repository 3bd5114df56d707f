import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Issue 15 in the web shell against the ERP simulator: the top bar badge counts the blocked
 * orders, the queue opens with F7, an order opens beside the client position, Liberar waits for
 * the ERP ("aguardando ERP"), the ERP confirms, the order leaves the queue and the client's
 * Histórico tells it; then one confirmation releases a client's three blocked orders.
 */
const CLIENTS = 300;
let sim: ErpSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  sim = await startErpSimulator({ clients: CLIENTS });
  shell = await startShell({ CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: String(CLIENTS) });
});
test.afterAll(async () => {
  await shell?.stop();
  await sim?.stop();
});
test.afterEach(() => sim.clearFaults());
test.describe.configure({ mode: 'serial' });

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(shell.dataDir, 'central.sqlite'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const successfulSyncs = () =>
  readDb(
    (db) =>
      (
        db
          .prepare(`SELECT count(*) AS n FROM job_runs WHERE job = 'erp-sync' AND status = 'success'`)
          .get() as { n: number }
      ).n,
  );

/** Blocked orders nobody decided yet, as the shell's database has them. */
const waitingInDb = () =>
  readDb(
    (db) =>
      (
        db
          .prepare(
            `SELECT count(*) AS n FROM credit_orders o WHERE o.credit_state = 'blocked' AND NOT EXISTS
               (SELECT 1 FROM credit_order_decisions d WHERE d.order_id = o.id AND d.state = 'waiting_erp')`,
          )
          .get() as { n: number }
      ).n,
  );

/** A client of the simulator with no blocked order and no overdue title, so the test owns its queue rows. */
const quietClient = (skip: string[] = []) =>
  readDb(
    (db) =>
      db
        .prepare(
          `SELECT c.id, c.erp_code AS erpCode, coalesce(nullif(c.trade_name, ''), c.legal_name) AS name
             FROM clients c
            WHERE NOT EXISTS (SELECT 1 FROM credit_orders o WHERE o.client_erp_code = c.erp_code
                                AND o.credit_state = 'blocked')
              AND c.erp_code NOT IN (${skip.map(() => '?').join(',') || "''"})
            ORDER BY c.id LIMIT 1`,
        )
        .get(...skip) as { id: number; erpCode: string; name: string },
  );

const todaySaoPaulo = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());

async function syncNow(page: Page): Promise<void> {
  const before = successfulSyncs();
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await expect.poll(successfulSyncs, { timeout: 60_000 }).toBeGreaterThan(before);
}

/** Another admin's desktop runs a sync while this one keeps its screen. */
async function syncElsewhere(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await loginAs(other, shell.url, DEMO_ADMIN);
    await syncNow(other);
  } finally {
    await context.close();
  }
}

const badge = (page: Page) => page.getByTestId('credit-release-badge');
const badgeCount = async (page: Page) => Number(((await badge(page).textContent()) ?? '').replace(/\D/g, ''));

test('admin points the console at the ERP simulator and the first sync brings the orders', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  const form = page.getByRole('form', { name: 'Conexão com o ERP' });
  await form.getByLabel('Endereço da API do ERP').fill(sim.url);
  await form.getByLabel('Token de acesso').fill(sim.token);
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByText('Configurações salvas.')).toBeVisible();
  await syncNow(page);
  expect(waitingInDb()).toBeGreaterThan(0);
});

test('badge → queue → order beside the position → Liberar → the ERP confirms → gone from the queue, in Histórico', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await loginAs(page, shell.url, DEMO_ADMIN);
  // The badge is the number of blocked orders waiting for a decision.
  await expect(badge(page)).toBeVisible();
  await expect.poll(() => badgeCount(page)).toBe(waitingInDb());

  // The queue is open when a sync elsewhere brings a new block: the badge and the list follow.
  await page.keyboard.press('F7');
  await expect(page.getByRole('heading', { name: 'Liberação de crédito' })).toBeVisible();
  const before = await badgeCount(page);
  const client = quietClient();
  const numero = sim.addOrder(client.erpCode, {
    valueCents: 4_321_00,
    blockReason: 'LIMITE_EXCEDIDO',
    date: todaySaoPaulo(),
  });
  await syncElsewhere(browser);
  await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(before + 1);
  const row = page.getByRole('row', { name: new RegExp(`^Pedido ${numero},`) });
  await expect(row).toBeVisible();
  await expect(
    page.getByText(
      new RegExp(`de ${(before + 1).toLocaleString('pt-BR').replace('.', '\\.')} pedidos bloqueados`),
    ),
  ).toBeVisible();

  // Open it from the keyboard: newest first, so it is the top row.
  await expect(page.getByRole('row', { name: /^Pedido \S+,/ }).first()).toHaveAccessibleName(
    new RegExp(`^Pedido ${numero},`),
  );
  await row.focus();
  await page.keyboard.press('Enter');
  const position = page.getByTestId('client-position');
  await expect(position).toBeVisible();
  for (const fact of ['Limite de crédito', 'Saldo disponível', 'Títulos vencidos', 'Atraso médio (12 meses)'])
    await expect(position.getByText(fact, { exact: true })).toBeVisible();
  await expect(page.getByTestId('order-value')).toHaveText(/4\.321,00/);
  await expect(page.getByRole('button', { name: 'Deps' })).toBeVisible();

  // The ERP takes its time: the order shows "aguardando ERP" meanwhile.
  sim.setFault('pedidos', { kind: 'slow', ms: 4_000, times: 1 });
  const decisionsBefore = sim.orderDecisions();
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: `Liberar o pedido ${numero}` });
  await dialog.getByRole('button', { name: 'Confirmar liberação' }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByTestId('order-status');
  await expect(status).toHaveText(/aguardando confirmação do ERP/);
  await expect(status).toHaveText(/Já liberado por Administrador Demo/, { timeout: 30_000 });
  expect(sim.orderDecisions()).toBe(decisionsBefore + 1);
  expect(sim.order(numero)).toMatchObject({ situacaoCredito: 'LIBERADO' });

  // Back in the queue: the order left it and the badge counts one less.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Liberação de crédito' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect.poll(() => badgeCount(page)).toBe(before);

  // The client's Histórico tells who released which order.
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.pressSequentially(client.erpCode);
  await expect(page.getByTestId('search-row').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
  await page.keyboard.press('Alt+0');
  const history = page.getByRole('tabpanel');
  await expect(
    history.getByRole('row', { name: new RegExp(`Pedido ${numero}.*liberado`) }).first(),
  ).toBeVisible();

  // And its Pedidos tab shows the order released.
  await page.keyboard.press('Alt+p');
  const orders = page.getByRole('table', { name: 'Pedidos do cliente' });
  await expect(orders.getByRole('row', { name: new RegExp(`^Pedido ${numero},`) })).toContainText('Liberado');
});

test('Liberar todos os pedidos bloqueados deste cliente: three orders, one confirmation', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const client = quietClient();
  const numbers = [1_500_00, 2_750_00, 980_00].map((valueCents) =>
    sim.addOrder(client.erpCode, { valueCents, blockReason: 'LIMITE_EXCEDIDO' }),
  );
  await syncElsewhere(browser);
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: /Liberação de crédito/ }).click();
  await page.getByRole('searchbox', { name: 'Cliente' }).fill(client.erpCode);
  const rows = page.getByRole('row', { name: /^Pedido \S+,/ });
  await expect(rows).toHaveCount(3);
  await rows.first().click();
  await expect(page.getByTestId('client-position')).toBeVisible();

  const decisionsBefore = sim.orderDecisions();
  await page.getByRole('button', { name: /Liberar todos os pedidos bloqueados deste cliente/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Liberar todos os pedidos bloqueados deste cliente' });
  const list = dialog.getByRole('list', { name: 'Pedidos que serão liberados' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  for (const n of numbers) await expect(list).toContainText(n);
  await expect(dialog.getByTestId('release-client-total')).toHaveText('R$ 5.230,00');
  await dialog.getByRole('button', { name: 'Liberar 3 pedidos' }).click();
  await expect(dialog).toBeHidden();
  // One dialog was all it took; the ERP applied the three.
  await expect.poll(() => sim.orderDecisions(), { timeout: 30_000 }).toBe(decisionsBefore + 3);
  for (const n of numbers) expect(sim.order(n)).toMatchObject({ situacaoCredito: 'LIBERADO' });

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Liberação de crédito' })).toBeVisible();
  await expect(rows).toHaveCount(0, { timeout: 15_000 });
});

test('released in the ERP meanwhile: the console’s Liberar is a clear conflict that names who, nothing overwritten', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const client = quietClient();
  const numero = sim.addOrder(client.erpCode, { valueCents: 3_100_00, blockReason: 'LIMITE_EXCEDIDO' });
  await syncElsewhere(browser);
  // Someone releases it in the ERP itself before this console syncs again.
  sim.changeOrder(numero, {
    situacaoCredito: 'LIBERADO',
    motivoBloqueio: null,
    decididoPor: { login: 'joao.erp', nome: 'João do Financeiro' },
    decididoEm: new Date().toISOString(),
  });
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.keyboard.press('F7');
  await page.getByRole('searchbox', { name: 'Cliente' }).fill(client.erpCode);
  await page.getByRole('row', { name: new RegExp(`^Pedido ${numero},`) }).click();
  // As an analyst would: the order is open beside the position (and L armed) before the key.
  await expect(page.getByTestId('order-value')).toHaveText(/3\.100,00/);
  await expect(page.getByRole('button', { name: 'Liberar (L)' })).toBeEnabled();
  await page.keyboard.press('l');
  const decisionsBefore = sim.orderDecisions();
  const dialog = page.getByRole('dialog', { name: `Liberar o pedido ${numero}` });
  await dialog.getByRole('button', { name: 'Confirmar liberação' }).click();
  await expect(dialog).toBeHidden();
  // The ERP answers 409: the view says who released it there, in pt-BR, and the actions are off.
  await expect(page.getByTestId('order-status')).toHaveText(
    /^Já liberado por João do Financeiro em \d{2}\/\d{2}\/\d{4}/,
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole('button', { name: 'Liberar (L)' })).toBeDisabled();
  expect(sim.orderDecisions()).toBe(decisionsBefore);
  expect(sim.order(numero)).toMatchObject({ decididoPor: { nome: 'João do Financeiro' } });
});

test('without "Crédito - Liberar pedidos bloqueados": no top bar entry, F7 does nothing, Pedidos only lists', async ({
  page,
}) => {
  const client = readDb(
    (db) =>
      db
        .prepare(
          `SELECT c.erp_code AS erpCode FROM clients c
            WHERE EXISTS (SELECT 1 FROM credit_orders o WHERE o.client_erp_code = c.erp_code) ORDER BY c.id LIMIT 1`,
        )
        .get() as { erpCode: string },
  );
  await loginAs(page, shell.url, DEMO_AGENT);
  await expect(page.getByRole('button', { name: /Liberação de crédito/ })).toHaveCount(0);
  await expect(page.getByTestId('credit-release-badge')).toHaveCount(0);
  await page.keyboard.press('F7');
  await expect(page.getByRole('heading', { name: 'Liberação de crédito' })).toHaveCount(0);

  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.pressSequentially(client.erpCode);
  await expect(page.getByTestId('search-row').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
  await page.keyboard.press('Alt+p');
  const row = page
    .getByRole('table', { name: 'Pedidos do cliente' })
    .getByRole('row', { name: /^Pedido \S+,/ });
  await expect(row.first()).toBeVisible();
  await row.first().click();
  await expect(page.getByTestId('client-position')).toHaveCount(0);
});
