import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { openShowcaseClient } from './support/open-client';
import { DEMO_AGENT, loginAs } from './support/login';

/** The Faturamento charts under the app's CSP (no 'unsafe-eval'): axes, values, tooltips in BRL. */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

const panel = (page: Page) => page.getByRole('tabpanel');

test('revenue by month has a BRL axis, values on the bars and a tooltip by mouse and keyboard', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // Any blocked eval or script would be reported here by the browser itself.
  await page.addInitScript(() => {
    const w = globalThis as unknown as { cspViolations: string[]; document: EventTarget };
    w.cspViolations = [];
    w.document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push((e as unknown as { violatedDirective: string }).violatedDirective),
    );
  });
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+6');

  const bars = panel(page).getByRole('img', { name: 'Faturamento por mês' });
  await expect(bars).toBeVisible();
  // Month ticks on the x axis, BRL ticks on the y axis, a value over each bar with revenue.
  await expect(bars.locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(12);
  await expect(bars.locator('.recharts-cartesian-axis-tick-labels').first()).toContainText(
    /(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\/\d{2}/,
  );
  await expect(bars.locator('.recharts-cartesian-axis-tick-labels').last()).toContainText('R$');
  await expect(bars.locator('.recharts-label-list').first()).toContainText('R$');

  // Hover a bar: the tooltip names the month in full and the exact amount.
  const bar = bars.locator('.recharts-bar-rectangle').last();
  await bar.hover();
  const tooltip = panel(page)
    .getByRole('region', { name: 'Faturamento por mês' })
    .locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(/Faturamento líquido/);
  await expect(tooltip).toContainText(/ de 20\d{2}/);
  await expect(tooltip).toContainText(/R\$\s[\d.]+,\d{2}/);

  // Keyboard: focus the chart and walk the months with the arrow keys.
  await page.mouse.move(0, 0);
  await bars.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/R\$\s[\d.]+,\d{2}/);

  const pie = panel(page).getByRole('img', { name: 'Faturamento por categoria' });
  await pie.locator('.recharts-pie-sector').first().hover();
  await expect(
    panel(page)
      .getByRole('region', { name: 'Faturamento por categoria' })
      .locator('.recharts-tooltip-wrapper'),
  ).toContainText(/R\$\s[\d.]+,\d{2} \(\d/);

  // The same figures stay one click away as tables.
  await panel(page).getByRole('button', { name: 'Tabela' }).click();
  await expect(
    panel(page).getByRole('table', { name: 'Faturamento por mês (tabela)' }).getByRole('row'),
  ).toHaveCount(13);
  expect(
    await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  // The one console line Chromium prints for a meta CSP (frame-ancestors is set by header too).
  expect(problems.filter((p) => !p.includes("'frame-ancestors' is ignored"))).toEqual([]);
});
