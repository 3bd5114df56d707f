import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { getBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL } from '../../tools/simulators/bureau/fixtures';
import { bulkTitles, clientCodes, writeTitles } from '../main/receivables-fixture';
import { TEST_FLOOR_KEY } from '../main/support/floor-policy';
import { startRestartablePostgres } from '../main/support/floor-join';
import type { TestPostgres } from '../../tools/floor/embedded-postgres';
import { shellSubjects } from './support/bureau-subjects';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { openShowcaseClient } from './support/open-client';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Two consoles of one call center (two web shells, two processes, two data folders), one real
 * PostgreSQL and one bureau simulator, both seats joined by IT's machine policy: what an admin
 * does once on A is there on B, what an agent saves on A shows on B's open screen, and two
 * agents clicking Deps on the same client at once pay for one query.
 */
const BUREAU_PASSWORD = 'Senha-Deps-andar-7351';
const NEW_USER = { name: 'Bruna Teles', login: 'bruna', password: 'bruna-andar-2026' };

/** Receivables: 120 titles in batches of 25 (eight batches at most), leases of 2 s. */
const TITLES = 120;
const BATCH = 25;
const LEASE_MS = 2_000;

let pg: TestPostgres;
let sim: BureauSimulatorHandle;
let a: RunningShell;
let b: RunningShell;
let pageA: Page;
let pageB: Page;

/** IT's policy for every seat: the central database and the floor key. */
function floorPolicyFile(port: number, password: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-policy-'));
  const file = path.join(dir, 'policy.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      floorKey: TEST_FLOOR_KEY.toString('base64'),
      floor: {
        host: '127.0.0.1',
        port,
        database: 'central_andar',
        user: 'postgres',
        password,
        sslMode: 'disable',
        companyId: '11222333000181',
        companyName: 'Acme Atendimento Ltda',
      },
    }),
  );
  return file;
}

const seatEnv = (policy: string): Record<string, string> => ({
  CENTRAL_DEMO_SERVICES: '0',
  CENTRAL_DEMO_CLIENTS: '60',
  CENTRAL_POLICY_FILE: policy,
  CENTRAL_DEMO_JOB_LEASE_MS: String(LEASE_MS),
  CENTRAL_DEMO_RECEIVABLES_BATCH: String(BATCH),
});

function uploadEnabled(shell: RunningShell): boolean {
  const db = new Database(path.join(shell.dataDir, 'central.sqlite'), { readonly: true });
  try {
    return getBureauConfig(db).receivablesUploadEnabled;
  } finally {
    db.close();
  }
}

async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function settingsSection(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page
    .getByRole('navigation', { name: 'Seções de configuração' })
    .getByRole('button', { name, exact: true })
    .click();
}

let browserRef: Browser;

/** Another person sits at the console: a new browser context, logged in as them. */
async function relogin(page: Page, url: string, who: { login: string; password: string }): Promise<Page> {
  await page.context().close();
  const next = await openPage(browserRef);
  await loginAs(next, url, who);
  return next;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // PostgreSQL, two shells and the import: about 15 s alone, more on a loaded CI machine.
  test.setTimeout(120_000);
  browserRef = browser;
  pg = await startRestartablePostgres();
  await pg.createDatabase('central_andar');
  const policy = floorPolicyFile(pg.port, pg.settings('central_andar').password);
  sim = await startBureauSimulator({ password: BUREAU_PASSWORD, subjects: shellSubjects(() => a.dataDir) });
  a = await startShell(seatEnv(policy));
  // The company's first desktop brings its users, settings and records to the empty floor.
  pageA = await openPage(browser);
  await loginAs(pageA, a.url, DEMO_ADMIN);
  await settingsSection(pageA, 'Banco central');
  await expect(pageA.getByTestId('floor-state')).toHaveAttribute('data-state', 'online');
  await pageA.getByRole('button', { name: 'Importar dados deste computador' }).click();
  await pageA
    .getByRole('dialog', { name: 'Importar dados deste computador?' })
    .getByRole('button', { name: 'Importar' })
    .click();
  await expect(pageA.getByTestId('floor-import-report')).toContainText('Importação concluída');
  b = await startShell(seatEnv(policy));
  pageB = await openPage(browser);
});

test.afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await sim?.stop();
  await pg?.stop();
});

test('a user the admin creates once on A logs in on B', async () => {
  await settingsSection(pageA, 'Usuários e grupos');
  await pageA.getByRole('button', { name: '+ Novo usuário' }).click();
  const dialog = pageA.getByRole('dialog', { name: 'Novo usuário' });
  await dialog.getByLabel('Nome').fill(NEW_USER.name);
  await dialog.getByLabel('Login').fill(NEW_USER.login);
  await dialog.getByLabel('Senha (mínimo 8 caracteres)').fill(NEW_USER.password);
  await dialog.getByRole('checkbox', { name: 'Atendentes' }).check();
  await dialog.getByRole('button', { name: 'Salvar' }).click();
  await expect(dialog).toHaveCount(0);

  await loginAs(pageB, b.url, NEW_USER);
  await expect(pageB.getByTestId('current-user')).toContainText(NEW_USER.name);
});

test('bureau credentials saved once on A are configured on B, the password never shown', async () => {
  await settingsSection(pageA, 'Bureau de crédito');
  const form = pageA.getByRole('form', { name: 'Bureau de crédito' });
  await form.getByLabel('URL da API').fill(sim.url);
  await form.getByLabel('E-mail').fill(DEFAULT_EMAIL);
  await form.getByLabel('Senha').fill(BUREAU_PASSWORD);
  await form.getByLabel('Importar CA (PEM)').setInputFiles({
    name: 'deps-ca.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(sim.caPem),
  });
  await form.getByRole('button', { name: 'Atualizar produtos do bureau' }).click();
  await expect(form.getByLabel('Pessoa jurídica (CNPJ)')).toContainText('(B2C3D4E5)');
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByText('Configurações salvas.')).toBeVisible();

  pageB = await relogin(pageB, b.url, DEMO_ADMIN);
  await settingsSection(pageB, 'Bureau de crédito');
  const formB = pageB.getByRole('form', { name: 'Bureau de crédito' });
  await expect(formB.getByLabel('URL da API')).toHaveValue(sim.url);
  await expect(formB.getByLabel('E-mail')).toHaveValue(DEFAULT_EMAIL);
  await expect(formB.getByLabel('Senha')).toHaveAttribute('placeholder', /salva/);
  await expect(formB.getByLabel('Senha')).toHaveValue('');
  await expect(formB.getByTestId('bureau-ca-info')).toContainText('localhost');
  expect(await pageB.content()).not.toContain(BUREAU_PASSWORD);
  // B can use them: the products come from the bureau with the password only A typed.
  await formB.getByRole('button', { name: 'Atualizar produtos do bureau' }).click();
  await expect(formB.getByLabel('Pessoa física (CPF)')).toContainText('(A1B2C3D4)');
  await expect(formB.getByRole('alert')).toHaveCount(0);
});

test("an activity logged on A shows on B's open Atividades within 2 s, without reload", async () => {
  pageA = await relogin(pageA, a.url, DEMO_AGENT);
  pageB = await relogin(pageB, b.url, NEW_USER);
  for (const page of [pageA, pageB]) {
    await openShowcaseClient(page);
    await page.keyboard.press('Alt+4');
  }
  const title = `Retorno combinado ${Date.now() % 100_000}`;
  await expect(pageB.getByRole('row').filter({ hasText: title })).toHaveCount(0);

  await pageA.getByRole('button', { name: 'Adicionar atividade' }).click();
  const dialog = pageA.getByRole('dialog', { name: 'Nova atividade' });
  await dialog.getByLabel('Título').fill(title);
  await dialog.getByLabel('Data', { exact: true }).fill('15/12/2026');
  await dialog.getByLabel('Hora', { exact: true }).fill('10:00');
  await dialog.getByRole('button', { name: 'Adicionar' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(pageA.getByRole('row').filter({ hasText: title })).toBeVisible();
  await expect(pageB.getByRole('row').filter({ hasText: title })).toBeVisible({ timeout: 2_000 });
});

test("Detalhes saved on A — a console's own field and an ERP-owned one, pending — show on B's open Detalhes within 2 s", async () => {
  const detailsTab = (page: Page) =>
    page
      .getByRole('tablist', { name: 'Abas do cliente' })
      .getByRole('tab', { name: 'Detalhes', exact: true });
  for (const page of [pageA, pageB]) {
    await detailsTab(page).click();
    await expect(page.getByText('Não (só a empresa do cadastro)')).toBeVisible();
  }
  await pageA.getByRole('button', { name: 'Editar', exact: true }).click();
  await pageA.getByLabel('Dados compartilhados entre empresas').check();
  // The site is the ERP's (no ERP on this floor): the edit waits for it, on both seats.
  const site = 'https://www.site-editado-em-a.com.br';
  await pageA.getByRole('tabpanel').getByLabel('Site').fill(site);
  await pageA.getByRole('button', { name: 'Salvar' }).click();
  await expect(pageA.getByText('Sim (todas as empresas do grupo)')).toBeVisible();
  await expect(pageB.getByText('Sim (todas as empresas do grupo)')).toBeVisible({ timeout: 2_000 });
  const panelB = pageB.getByRole('tabpanel');
  await expect(panelB.getByRole('definition').filter({ hasText: site })).toBeVisible({ timeout: 2_000 });
  await expect(panelB.getByTestId('erp-pending-site')).toContainText('pendente no ERP', { timeout: 2_000 });
});

test('both agents click Deps on the same client at once: the bureau bills one query, both see the result', async () => {
  const confirms: ReturnType<Page['getByRole']>[] = [];
  for (const page of [pageA, pageB]) {
    await page.getByRole('button', { name: 'Deps', exact: true }).click();
    const product = page.getByRole('dialog', { name: 'Consulta Deps' });
    await expect(product.getByLabel('Identificador de produtos')).toHaveValue('B2C3D4E5');
    await product.getByRole('button', { name: 'Continuar' }).click();
    const confirm = page.getByRole('dialog', { name: 'Realizar nova consulta' });
    await expect(confirm).toContainText('Esta consulta é cobrada pela Deps.');
    confirms.push(confirm.getByRole('button', { name: 'Confirmar consulta cobrada' }));
  }
  await Promise.all(confirms.map((c) => c.click()));

  const outcome = async (page: Page): Promise<'result' | 'inProgress'> => {
    const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
    const busy = page.getByText('Já há uma consulta Deps em andamento para este cliente');
    await expect(edit.or(busy)).toBeVisible({ timeout: 20_000 });
    if (await edit.isVisible()) {
      await edit.getByRole('button', { name: 'Agora não' }).click();
      return 'result';
    }
    return 'inProgress';
  };
  const outcomes = await Promise.all([outcome(pageA), outcome(pageB)]);
  expect(outcomes.filter((o) => o === 'result').length).toBeGreaterThanOrEqual(1);
  for (const [i, page] of [pageA, pageB].entries()) {
    if (outcomes[i] === 'inProgress') {
      // The other computer's query: the 90-day prompt shows it and opens its stored result.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.getByRole('button', { name: 'Deps', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Consulta Deps' })
        .getByRole('button', { name: 'Continuar' })
        .click();
      const recent = page.getByRole('dialog', { name: 'Consulta recente' });
      await expect(recent.getByTestId('deps-recent')).toContainText('consultado há menos de 90 dias');
      await recent.getByRole('button', { name: 'Visualizar última consulta' }).click();
    }
    const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
    await expect(result.getByTestId('decision-opinion')).toContainText('Reprovado');
    await expect(result.getByTestId('decision-score')).toContainText('374 · Alto');
  }
  expect(sim.billedQueries()).toBe(1);
});

test('the seat sending the receivables dies mid-send: the other resumes and the bureau holds exactly the snapshot', async () => {
  // Both caches hold the same ERP titles (the one ERP), each seat has its machine name.
  for (const [shell, name] of [
    [a, 'CAIXA-01'],
    [b, 'CAIXA-02'],
  ] as const) {
    const db = new Database(path.join(shell.dataDir, 'central.sqlite'));
    db.pragma('busy_timeout = 5000');
    writeTitles(db, bulkTitles(clientCodes(db, 20), TITLES, '2026-11-20'));
    setMachineName(db, name);
    db.close();
  }
  // The provisional upload has no screen yet (the demo turns it on the same way); it is shared.
  await pg.sql(
    'central_andar',
    `UPDATE app_settings SET value = jsonb_set(value::jsonb, '{receivablesUploadEnabled}', 'true')::text
      WHERE key = 'bureau.config'`,
  );
  await expect.poll(() => uploadEnabled(a) && uploadEnabled(b), { timeout: 5_000 }).toBe(true);

  pageA = await relogin(pageA, a.url, DEMO_ADMIN);
  pageB = await relogin(pageB, b.url, DEMO_ADMIN);
  for (const page of [pageA, pageB]) await settingsSection(page, 'Bureau de crédito');
  const sectionA = pageA.getByRole('region', { name: 'Contas a receber para o bureau' });
  const sectionB = pageB.getByRole('region', { name: 'Contas a receber para o bureau' });

  // A sends; after two acknowledged batches the bureau stores the third and A's machine goes
  // off before it hears the answer (nothing released, nothing checkpointed).
  sim.setFault({ kind: 'latency', ms: 150 });
  await sectionA.getByRole('button', { name: 'Enviar agora' }).click();
  const fast = { timeout: 20_000, intervals: [50] };
  await expect.poll(() => sim.receivables().batches.length, fast).toBeGreaterThanOrEqual(2);
  // Same tick as the read: every batch acknowledged so far reached A (it sends one at a time).
  const acked = sim.receivables().batches.length;
  sim.setFault({ kind: 'timeoutAfterReceive', ms: 60_000 });
  await expect.poll(() => sim.receivables().batches.length, fast).toBe(acked + 1);
  await a.kill();
  sim.setFault(null);

  await sectionB.getByRole('button', { name: 'Enviar agora' }).click();
  const run = sectionB.getByTestId('receivables-run').first();
  await expect(run).toContainText('Sucesso', { timeout: 30_000 });
  await expect(run).toContainText('Enviado por este computador ("CAIXA-02")');
  await expect(run).toContainText(
    `Retomou o envio iniciado por "CAIXA-01" (${acked} lote(s) já confirmados).`,
  );

  const outbox = await pg.sql<{ chave: string; amount_cents: number }>(
    'central_andar',
    'SELECT chave, amount_cents::int AS amount_cents FROM floor_receivables_outbox ORDER BY chave',
  );
  const batches = await pg.sql<{ batch_no: number; sent_by_name: string }>(
    'central_andar',
    'SELECT batch_no, sent_by_name FROM floor_receivables_batches ORDER BY export_id, batch_no',
  );
  expect(outbox.length).toBeGreaterThan(BATCH * 3);
  await expect(run).toContainText(`Carga inicial: ${outbox.length} registro(s)`);
  // B resumed from A's checkpoints: A's acknowledged batches are not sent again; the one the
  // bureau stored unanswered is sent again under its loteId (the bureau recognises it).
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  expect(batches.filter((x) => x.sent_by_name === 'CAIXA-01').map((x) => x.batch_no)).toEqual(
    range(0, acked),
  );
  expect(batches.filter((x) => x.sent_by_name === 'CAIXA-02').map((x) => x.batch_no)).toEqual(
    range(acked, Math.ceil(outbox.length / BATCH)),
  );

  // The bureau holds exactly the snapshot: every key once, with its amount; no lote twice.
  const bureau = sim.receivables();
  const lotes = bureau.batches.map((x) => x.loteId);
  expect(new Set(lotes).size).toBe(lotes.length);
  expect(bureau.batches.reduce((s, x) => s + x.recebidos, 0)).toBe(outbox.length);
  const atBureau = [...bureau.records.entries()]
    .map(([chave, r]) => ({ chave, amount_cents: r.valorCentavos }))
    .sort((x, y) => (x.chave < y.chave ? -1 : 1));
  expect(atBureau).toEqual(outbox);
});
