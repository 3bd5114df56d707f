import { expect, test, type Locator, type Page } from '@playwright/test';
import { openShowcaseClient } from './support/open-client';
import { DEMO_AGENT, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * The layout defects seen on screenshots at 1440×900, checked by bounding boxes: what must stay
 * on one line does, nothing is cut at the right edge, and row lines meet under action cells.
 */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());
test.use({ viewport: { width: 1440, height: 900 } });

const tops = (loc: Locator) =>
  loc.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab', { name, exact: true });

test.beforeEach(async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
});

/** The client tab strip, the header KPIs and the GRUPO flag: each on one line, nothing cut or wrapped. */
async function expectOneLineHeader(page: Page) {
  const tabTops = await tops(page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab'));
  expect(tabTops).toHaveLength(11);
  expect(new Set(tabTops).size, `abas em mais de uma linha: ${tabTops.join(',')}`).toBe(1);
  const kpis = page.locator('[data-client-header] > dl > div');
  const kpiTops = await tops(kpis);
  expect(new Set(kpiTops).size, `indicadores em mais de uma linha: ${kpiTops.join(',')}`).toBe(1);
  // Every KPI label (GRUPO, LIMITE…) is shown whole: an ellipsis would make it wider than its box.
  const cut = await kpis
    .locator('dt')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
  expect(cut, `rótulos cortados: ${cut.join(', ')}`).toEqual([]);
  // The group is the header's first flag ("Sem grupo" or its name): one line, never wrapped.
  const grupo = page.getByTestId('header-flag-group').locator('span').first();
  const box = await grupo.boundingBox();
  // One line of the flag's text is under 24 px; a wrapped one is two lines, over 30.
  expect(box?.height ?? 99).toBeLessThan(24);
}

test('the client tab strip and the header KPIs (GRUPO included) stay on one line', async ({ page }) => {
  await expectOneLineHeader(page);
});

test('at 1366×768 the tab strip and the header labels still stay on one line, uncut', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectOneLineHeader(page);
  // Beside the finance panel not every tab fits: the ones cut off are offered in "Mais abas",
  // never only behind a sideways scroll nobody notices.
  const strip = page.getByRole('tablist', { name: 'Abas do cliente' });
  const box = (await strip.boundingBox())!;
  const tabs = await strip
    .getByRole('tab')
    .evaluateAll((els) =>
      els.map((e) => ({ right: e.getBoundingClientRect().right, text: e.textContent ?? '' })),
    );
  const cut = tabs.filter((t) => t.right > box.x + box.width + 1).map((t) => t.text);
  expect(cut.length, 'a 1366 px algumas abas ficam fora da faixa').toBeGreaterThan(0);
  await page.getByRole('button', { name: `Mais abas (${cut.length})` }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(cut);
  await menu.getByRole('menuitem', { name: 'Pedidos' }).click();
  await expect(tab(page, 'Pedidos')).toHaveAttribute('aria-selected', 'true');
  // The chosen tab is scrolled into the strip, whole.
  const chosen = (await tab(page, 'Pedidos').boundingBox())!;
  const inside = chosen.x >= box.x - 1 && chosen.x + chosen.width <= box.x + box.width + 1;
  expect(inside).toBe(true);
});

test('e-mails wrap only before the @, never inside a word', async ({ page }) => {
  for (const name of ['Detalhes', 'Contatos']) {
    await tab(page, name).click();
    const parts = page.getByRole('tabpanel').locator('[data-email-part]');
    await expect(parts.first()).toBeVisible();
    const lines = await parts.evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(
      lines.every((n) => n === 1),
      `${name}: e-mail quebrado no meio: ${lines}`,
    ).toBe(true);
  }
});

test('Atividades: every row action is inside the table, not clipped at its right edge', async ({ page }) => {
  await tab(page, 'Atividades').click();
  const table = page.getByRole('table', { name: /tividades/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const scroller = table.getByRole('rowgroup');
  const right = await scroller.evaluate((e) => e.getBoundingClientRect().left + e.clientWidth);
  const buttons = table.locator('[role="row"] > [role="cell"]:last-child button');
  expect(await buttons.count()).toBeGreaterThan(0);
  const rights = await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  for (const r of rights) expect(r).toBeLessThanOrEqual(right + 0.5);
});

test('Contatos: row lines under the action cells meet the rest of the row', async ({ page }) => {
  await tab(page, 'Contatos').click();
  const rows = page.getByRole('tabpanel').locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  const gaps = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const row = tr as unknown as { children: ArrayLike<{ getBoundingClientRect(): { bottom: number } }> };
      const cells = Array.from(row.children, (td) => td.getBoundingClientRect());
      const bottoms = cells.map((c) => Math.round(c.bottom));
      return Math.max(...bottoms) - Math.min(...bottoms);
    }),
  );
  expect(
    gaps.every((g) => g === 0),
    `células desalinhadas: ${gaps}`,
  ).toBe(true);
});

test('the activity dialog takes dates as dd/mm/aaaa with a pt-BR calendar and times in 24 h', async ({
  page,
}) => {
  await tab(page, 'Atividades').click();
  await page.getByRole('button', { name: 'Adicionar atividade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nova atividade' });
  const date = dialog.getByLabel('Data', { exact: true });
  await expect(date).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  await date.fill('');
  await date.pressSequentially('15122026');
  await expect(date).toHaveValue('15/12/2026');
  const time = dialog.getByLabel('Hora', { exact: true });
  await time.fill('');
  await time.pressSequentially('1530');
  await expect(time).toHaveValue('15:30');
  await dialog.getByRole('button', { name: 'Abrir calendário' }).click();
  const calendar = page.getByRole('grid');
  await expect(calendar).toBeVisible();
  await expect(page.getByText('dezembro 2026')).toBeVisible();
  await calendar.getByRole('button', { name: /20 de dezembro/ }).click();
  await expect(date).toHaveValue('20/12/2026');
});

test('the open screens strip is one "Área de trabalho" navigation landmark', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Área de trabalho' });
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('tablist', { name: 'Clientes abertos' })).toBeVisible();
  await expect(nav.getByRole('tab', { name: /maximino/i })).toHaveAttribute('aria-selected', 'true');
});
