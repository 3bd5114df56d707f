import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { shellSubjects } from './support/bureau-subjects';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';
import { openShowcaseClient } from './support/open-client';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * One credit picture in the web shell: after a limit change the header and Informações
 * Financeiras never disagree, both marked "aguardando confirmação do ERP" until the ERP (a
 * simulator this test owns) confirms; a Deps answer about someone else is shown in red.
 */
const CLIENTS = 300;
let erp: ErpSimulatorHandle;
let bureau: BureauSimulatorHandle;
let shell: RunningShell;

test.beforeAll(async () => {
  erp = await startErpSimulator({ clients: CLIENTS });
  bureau = await startBureauSimulator({ subjects: shellSubjects(() => shell.dataDir) });
  shell = await startShell({ CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: String(CLIENTS) });
});
test.afterAll(async () => {
  await shell.stop();
  await bureau.stop();
  await erp.stop();
});
test.afterEach(() => {
  erp.clearFaults();
  bureau.setFault(null);
});
test.describe.configure({ mode: 'serial' });

/** The few browser globals the page functions below use (this file is type-checked without DOM types). */
interface BrowserGlobals {
  document: {
    body: unknown;
    querySelector(selector: string): { content?: string; textContent: string | null } | null;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
  };
  moments?: Moment[];
}

/** A call through the page's own web transport (same session, same registry as the screens). */
async function invoke(page: Page, channel: string, input: unknown): Promise<unknown> {
  const r = await page.evaluate(
    async ([c, i]) => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const token = document.querySelector('meta[name="central-token"]')?.content ?? '';
      const res = await fetch(`/api/invoke/${c}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-central-token': token },
        body: JSON.stringify(i),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value;
}

async function configure(page: Page): Promise<void> {
  await invoke(page, 'erp.settings.save', { baseUrl: erp.url, token: erp.token, syncTime: '00:00' });
  const connection = {
    url: bureau.url,
    email: DEFAULT_EMAIL,
    password: DEFAULT_PASSWORD,
    caPem: bureau.caPem,
    spkiPin: null,
  };
  const products = await invoke(page, 'bureau.settings.fetchProducts', connection);
  await invoke(page, 'bureau.settings.save', {
    ...connection,
    products,
    defaultProductF: 'A1B2C3D4',
    defaultProductJ: 'B2C3D4E5',
    receivablesDailySync: false,
  });
}

interface Moment {
  header: string | null;
  finance: string | null;
  headerStatus: string | null;
  financeStatus: string | null;
  headerPending: boolean;
  financePending: boolean;
}

/** Records what both places show after every change of the page, until read back. */
async function recordMoments(page: Page): Promise<() => Promise<Moment[]>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals;
    const { document } = g;
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
    const moments: Moment[] = [];
    const read = () =>
      moments.push({
        header: text('header-credit-limit'),
        finance: text('fin-credit-limit'),
        headerStatus: text('header-credit-status'),
        financeStatus: text('fin-credit-status'),
        headerPending: text('header-credit-pending') !== null,
        financePending: text('fin-credit-pending') !== null,
      });
    new g.MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    read();
    g.moments = moments;
  });
  return () => page.evaluate(() => (globalThis as unknown as BrowserGlobals).moments ?? []);
}

async function runDeps(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Deps', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Consulta Deps' })
    .getByRole('button', { name: 'Continuar' })
    .click();
  const recent = page.getByRole('dialog', { name: 'Consulta recente' });
  const confirm = page.getByRole('button', { name: 'Confirmar consulta cobrada' });
  await expect(recent.or(confirm)).toBeVisible();
  if (await recent.isVisible()) await recent.getByRole('button', { name: 'Realizar nova consulta' }).click();
  await confirm.click();
}

test('edit a limit: header and Informações Financeiras agree at every moment, pending until the ERP confirms', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await configure(page);
  await openShowcaseClient(page);
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 10.000,00');
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 10.000,00');
  const moments = await recordMoments(page);

  // The ERP takes a while to confirm the write-back: the change is shown, marked, meanwhile.
  erp.setFault('credito', { kind: 'slow', ms: 3_000 });
  await runDeps(page);
  // A new query opens the limit step first (one dialog at a time); "Agora não" shows the result.
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await edit.getByRole('button', { name: 'Agora não' }).click();
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  await expect(result.getByText('Maximino Santin')).toBeVisible();
  await expect(result.getByTestId('bureau-subject-mismatch')).toHaveCount(0);
  await result.getByRole('button', { name: 'Editar situação/limite de crédito' }).click();
  await edit.getByLabel('Limite de crédito (R$)').fill('999.999,00');
  await edit.getByLabel('Situação de crédito').click();
  await page.getByRole('option', { name: 'Adimplente', exact: true }).click();
  await edit.getByTestId('large-increase').getByRole('checkbox').check();
  await edit.getByRole('button', { name: 'Confirmar' }).click();
  await expect(edit).toBeHidden();

  await expect(page.getByTestId('header-credit-pending')).toContainText('aguardando confirmação do ERP');
  await expect(page.getByTestId('fin-credit-pending')).toContainText('aguardando confirmação do ERP');
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 999.999,00');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 999.999,00');
  await expect(page.getByTestId('fin-credit-status')).toHaveText('ADIMPLENTE');

  // The ERP confirms: the mark goes away on both, without reopening the client.
  await expect(page.getByTestId('header-credit-pending')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId('fin-credit-pending')).toBeHidden();
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 999.999,00');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 999.999,00');

  const seen = await moments();
  const both = seen.filter((m) => m.header !== null && m.finance !== null);
  expect(both.length).toBeGreaterThan(2);
  for (const m of both) {
    expect(m.finance, JSON.stringify(m)).toBe(m.header);
    expect(m.financeStatus, JSON.stringify(m)).toBe(m.headerStatus);
    expect(m.financePending, JSON.stringify(m)).toBe(m.headerPending);
  }
  expect(both.some((m) => m.headerPending && m.header === 'R$ 999.999,00')).toBe(true);
});

test('another window lowers the limit: the open client screen follows, header and panel alike', async ({
  page,
  browser,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await openShowcaseClient(page);
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 999.999,00');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 999.999,00');

  const other = await browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  try {
    const window2 = await other.newPage();
    await loginAs(window2, shell.url, DEMO_AGENT);
    const db = new Database(path.join(shell.dataDir, 'central.sqlite'), { readonly: true });
    const { id } = db.prepare("SELECT id FROM clients WHERE legal_name LIKE 'Maximino Santin%'").get() as {
      id: number;
    };
    db.close();
    await invoke(window2, 'credit.update', {
      clientId: id,
      creditLimitCents: 50_000_000,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: 99_999_900,
      bureauQueryId: null,
      confirmLargeIncrease: false,
    });
  } finally {
    await other.close();
  }
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 500.000,00');
  await expect(page.getByTestId('fin-credit-limit')).toHaveText('R$ 500.000,00');
  await expect(page.getByTestId('header-credit-pending')).toBeHidden();
});

test('a Deps answer about another document is shown in red and does not pre-fill the limit', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await openShowcaseClient(page);
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 500.000,00');
  bureau.setFault({ kind: 'wrongSubject', differs: 'document' });
  await runDeps(page);
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  // An answer about someone else stays on the result, in red; the limit step only on request.
  await expect(result.getByTestId('bureau-subject-mismatch')).toContainText('não do');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await result.getByRole('button', { name: 'Editar situação/limite de crédito' }).click();
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await expect(edit.getByTestId('credit-suggestion')).toContainText('outro titular');
  await expect(edit.getByLabel('Limite de crédito (R$)')).toHaveValue('R$ 500.000,00');
  await edit.getByRole('button', { name: 'Agora não' }).click();
  await result.getByRole('button', { name: 'Fechar', exact: true }).last().click();
  await expect(result).toBeHidden();
  await page.getByRole('tab', { name: 'Histórico' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Histórico' })
      .getByRole('row', { name: /Consulta Deps com titular divergente/ }),
  ).toBeVisible();
});
