import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { DEMO_AGENT, loginAs } from './support/login';

let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

test('F9, type, Enter: the header shows the client', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await expect(input).toBeFocused();
  await input.pressSequentially('maximino santin');
  await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
  await expect(page.getByTestId('client-document')).toHaveText('02.407.786/0001-91');
  await expect(page.getByTestId('header-credit-limit')).toHaveText('R$ 10.000,00');
});

test('accent-insensitive names and formatted or partial CNPJ find the client', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.fill('02.407.786/0001-91');
  await expect(page.getByTestId('search-row').first()).toContainText('02.407.786/0001-91');
  await input.fill('02407786');
  await expect(page.getByTestId('search-row').first()).toContainText('02.407.786/0001-91');
  await input.fill('jose');
  await expect(page.getByTestId('search-row').first()).toContainText(/José/i);
  await input.fill('02.407.786/0001-07');
  await expect(page.getByText('Nenhum cliente encontrado.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(input).toBeHidden();
});

test('arrows move, recent clients on empty query, tabs restored after reload, Ctrl+W closes', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  // Earlier tests of this file may have left tabs open for this user; they are restored too, at
  // their own pace (a retry starts on a fresh console with none), so the count is taken once the
  // agent's two clients are open.
  const tabs = page.getByTestId('workspace-tab');
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.fill('silva');
  await expect(page.getByText('Abertos recentemente')).toBeHidden();
  const rows = page.getByTestId('search-row');
  await expect(rows.nth(1)).toBeVisible();
  const second = (await rows.nth(1).getByTestId('search-row-name').textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(second);

  await page.keyboard.press('F9');
  await input.fill('maximino santin');
  await expect(rows.first()).toContainText('Maximino');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino/);
  await page.waitForLoadState('networkidle');
  const open = await tabs.count();
  // A client already open keeps its one tab: opening it again shows that tab, adds none.
  await page.keyboard.press('F9');
  await input.fill('maximino santin');
  await expect(rows.first()).toContainText('Maximino');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino/);
  await expect(tabs).toHaveCount(open);

  await page.keyboard.press('F9');
  await expect(page.getByText('Abertos recentemente')).toBeVisible();
  await expect(rows.first()).toContainText('Maximino');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(tabs).toHaveCount(open);
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino/);
  await page.keyboard.press('Control+w');
  await expect(tabs).toHaveCount(open - 1);
  await page.keyboard.press('Control+Tab');
  await expect(page.getByTestId('client-name')).toBeVisible();
});

test('Enter pressed before the last keystroke is answered opens that answer, not a stale row', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  // No wait between typing and Enter: an agent who knows the name types it and hits Enter.
  await input.pressSequentially('maximino santin', { delay: 0 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
});

test('an older answer arriving last is never painted over the newer one', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  // Hold back the answers to the first keystrokes so they arrive after the last one's.
  await page.route('**/api/invoke/clients.search', async (route) => {
    const { query } = route.request().postDataJSON() as { query: string };
    if (query.length < 'maximino'.length) await new Promise((r) => setTimeout(r, 600 - query.length * 40));
    await route.continue();
  });
  await page.keyboard.press('F9');
  const list = page.getByRole('listbox', { name: 'Resultados' });
  // Every answer painted, in the order painted (read from the DOM, frame by frame).
  await list.evaluate((ul) => {
    const seen: string[] = [];
    (globalThis as unknown as { painted: string[] }).painted = seen;
    const { MutationObserver } = globalThis as unknown as {
      MutationObserver: new (cb: () => void) => { observe(node: unknown, opts: object): void };
    };
    new MutationObserver(() => {
      const q = ul.getAttribute('data-answered') ?? '';
      if (seen[seen.length - 1] !== q) seen.push(q);
    }).observe(ul, { attributes: true, childList: true, subtree: true });
  });
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.pressSequentially('maximino santin', { delay: 5 });
  await expect(list).toHaveAttribute('data-answered', 'maximino santin');
  await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
  // Let every held-back answer arrive, then check none of them was painted afterwards.
  await page.waitForTimeout(800);
  await expect(list).toHaveAttribute('data-answered', 'maximino santin');
  const painted = await page.evaluate(() => (globalThis as unknown as { painted: string[] }).painted);
  expect(painted[painted.length - 1]).toBe('maximino santin');
  const typed = 'maximino santin';
  // Painted queries only ever grow along what was typed: no earlier one after a later one.
  for (let i = 1; i < painted.length; i++) {
    expect(typed.startsWith(painted[i] as string)).toBe(true);
    expect((painted[i] as string).length).toBeGreaterThan((painted[i - 1] as string).length);
  }
});

test('a contact person finds the client, shown as "Contato:" on its row', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await page.keyboard.press('F9');
  await page.getByRole('combobox', { name: 'Buscar cliente' }).fill('josé maximino');
  const row = page.getByTestId('search-row').filter({ hasText: 'Maximino Santin' });
  await expect(row.getByTestId('search-row-contact')).toHaveText('Contato: José Maximino');
});
