import { expect, test, type Page } from '@playwright/test';
import { DEMO_AGENT, loginAs } from './support/login';
import { openShowcaseClient } from './support/open-client';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Início for agents (Meu dia), the web shell's screen pop (#/chamada?numero=…, #/cliente/…) and
 * a day without the mouse: the shortcut sheet, the workspace tab list, the Deps flow by keyboard.
 * axe over Início and the shortcut sheet is in a11y.spec.ts.
 * The demo's generated activities that name Ana Souza are hers, so her day is not empty.
 */
let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => shell.stop());
test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

const clientTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab', { name, exact: true });
const activeWorkspaceTab = (page: Page) =>
  page.getByRole('tablist', { name: 'Clientes abertos' }).locator('[role="tab"][aria-selected="true"]');

/** Logs in once the earlier tests left a client open: the saved tabs are back, then Início. */
async function loginOnHome(page: Page) {
  await loginAs(page, shell.url, DEMO_AGENT);
  const tabs = page.getByRole('tablist', { name: 'Clientes abertos' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await tabs.getByRole('tab', { name: 'Início' }).click();
  return tabs;
}

/** A channel called from the logged-in page, as another window of the same agent would (test data only). */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const token = (await page.locator('meta[name="central-token"]').getAttribute('content')) ?? '';
  const res = await page.request.post(`${shell.url}/api/invoke/${channel}`, {
    headers: { 'x-central-token': token },
    data: input,
  });
  const r = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value as T;
}

async function addContactPhone(page: Page, clientId: number, name: string, phone: string) {
  await invoke(page, 'clientContacts.save', {
    clientId,
    fields: { name, initials: '', company: '', role: 'Telefonista', email: null, phone, tags: [] },
  });
}

test('Meu dia: Tab to the first call to return, Enter opens its client on Atividades; completing it updates the count live', async ({
  page,
  browser,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  const home = page.getByTestId('agent-home');
  await expect(home.getByRole('heading', { name: 'Meu dia' })).toBeFocused();
  const first = page.getByTestId('home-activity').first();
  await expect(first).toBeVisible();
  // Calls to return come first.
  await expect(first).toHaveAccessibleName(/^Chamada/);
  const title = (await first.getByTestId('home-row-title').textContent()) ?? '';
  const client = (await first.getByTestId('home-row-client').textContent()) ?? '';
  const counter = page.getByRole('heading', { name: /Atividades atrasadas e de hoje/ });
  const before = Number(await counter.locator('span').textContent());
  expect(before).toBeGreaterThan(0);
  // Generated titles repeat across clients: the row is this title at this client.
  const same = page.getByTestId('home-activity').filter({ hasText: title }).filter({ hasText: client });
  const sameBefore = await same.count();

  // Another window of Ana's shows Início meanwhile: it follows main's events, without a reload.
  const other = await browser.newPage();
  await loginAs(other, shell.url, DEMO_AGENT);
  const otherCounter = other.getByRole('heading', { name: /Atividades atrasadas e de hoje/ });
  await expect(otherCounter.locator('span')).toHaveText(String(before));

  await page.keyboard.press('Tab');
  await expect(home.getByRole('button', { name: 'Buscar cliente (F9)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(activeWorkspaceTab(page)).toHaveText(client);
  await expect(clientTab(page, 'Atividades')).toHaveAttribute('aria-selected', 'true');
  // Focus moved into the client: its header first.
  await expect(page.getByTestId('client-name')).toBeFocused();

  await page
    .getByRole('group', { name: 'Filtrar atividades' })
    .getByRole('button', { name: 'Abertas' })
    .click();
  const row = page.getByRole('row').filter({ hasText: title }).first();
  await row.getByRole('button', { name: 'Concluir' }).click();
  await expect(otherCounter.locator('span'))
    .toHaveText(String(before - 1))
    .catch(async (e) => {
      console.log(await other.locator('body').ariaSnapshot());
      throw e;
    });

  await page.getByRole('tablist', { name: 'Clientes abertos' }).getByRole('tab', { name: 'Início' }).click();
  await expect(counter.locator('span')).toHaveText(String(before - 1));
  await expect(same).toHaveCount(sameBefore - 1);
  await other.close();
});

test('the workspace tabs are a tab list: arrows move between Início and the open clients', async ({
  page,
}) => {
  const tabs = await loginOnHome(page);
  await expect(tabs.getByRole('tab', { name: 'Início' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab').nth(1)).toBeFocused();
  await expect(tabs.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('client-name')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Início' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('agent-home')).toBeVisible();
});

test('a tab switch made just before the window closes is where the agent comes back', async ({
  page,
  browser,
}) => {
  // Início, once it settled and was saved.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/invoke/workspace.save'));
  const tabs = await loginOnHome(page);
  await expect(page.getByTestId('agent-home')).toBeVisible();
  await saved;
  // A switch is saved once the agent settles (400 ms): the window closes before that.
  await tabs.getByRole('tab').nth(1).click();
  await expect(tabs.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.close();

  const again = await browser.newPage();
  await loginAs(again, shell.url, DEMO_AGENT);
  const restored = again.getByRole('tablist', { name: 'Clientes abertos' });
  await expect(restored.getByRole('tab')).toHaveCount(2);
  await expect(restored.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(again.getByTestId('client-name')).toBeVisible();
  await again.close();
});

test('"?" and F1 list the shortcuts of the screen shown; Esc closes only the sheet', async ({ page }) => {
  await loginOnHome(page);
  await expect(page.getByTestId('agent-home')).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Atalhos do teclado: Início (Meu dia)' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Fechar atalhos' })).toBeFocused();
  await expect(sheet.getByRole('row', { name: /F9 Buscar cliente/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Enter Abrir o cliente do item/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await openShowcaseClient(page);
  await page.keyboard.press('F1');
  const clientSheet = page.getByRole('dialog', { name: 'Atalhos do teclado: Cliente' });
  await expect(clientSheet.getByRole('row', { name: 'Alt+4 Aba Atividades' })).toBeVisible();
  await expect(clientSheet.getByRole('row', { name: 'Alt+0 Aba Histórico' })).toBeVisible();
  await expect(clientSheet.getByRole('button', { name: 'Fechar atalhos' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(clientSheet).toBeHidden();
  await page.keyboard.press('F9');
  await expect(page.getByRole('combobox', { name: 'Buscar cliente' })).toBeFocused();
  // Over the F9 dialog, Esc closes the sheet and leaves F9 open.
  await page.keyboard.press('F1');
  const overSearch = page.getByRole('dialog', { name: /Atalhos do teclado/ });
  await expect(overSearch.getByRole('button', { name: 'Fechar atalhos' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Atalhos do teclado/ })).toBeHidden();
  // Focus is back in the search field (as the agent sees the caret there) before typing.
  await expect(page.getByRole('combobox', { name: 'Buscar cliente' })).toBeFocused();
  // "?" typed in the search is text, not a request for help.
  await page.keyboard.type('?');
  await expect(page.getByRole('combobox', { name: 'Buscar cliente' })).toHaveValue('?');
  await expect(page.getByRole('dialog', { name: /Atalhos do teclado/ })).toBeHidden();
});

test('screen pop in the web shell: one match opens the client, several or none open F9 with the number', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  const [showcase] = await invoke<{ id: number }[]>(page, 'clients.search', {
    query: 'maximino santin',
    limit: 1,
  });
  const others = await invoke<{ id: number }[]>(page, 'clients.search', { query: 'silva', limit: 2 });
  await addContactPhone(page, showcase!.id, 'Recepção Maximino', '(41) 3000-9999');
  await addContactPhone(page, others[0]!.id, 'Recepção A', '(41) 3000-8888');
  await addContactPhone(page, others[1]!.id, 'Recepção B', '(41) 3000-8888');

  await page.goto(`${shell.url}/#/chamada?numero=%2B55%2041%203000-9999`);
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
  // Read once: the address no longer carries the call, so a reload records nothing again.
  expect(new URL(page.url()).hash).toBe('');
  // The call's draft waits above the client screen, one keystroke from being recorded.
  await expect(page.getByTestId('call-draft-bar')).toContainText(
    /Chamada recebida de \(41\) 3000-9999, \d{2}:\d{2}/,
  );
  // Before the agent speaks: the caller's consent and restriction come first in the call's bar.
  const bar = page.getByTestId('call-draft-bar');
  await expect(bar.getByText(/^Discagens (liberadas|bloqueadas)$/)).toBeVisible();
  await expect(bar.getByText(/^Mensagens (liberadas|bloqueadas)$/)).toBeVisible();
  await expect(bar.getByText(/^(Sem|Com) restrição$/)).toBeVisible();

  await page.goto(`${shell.url}/#/chamada?numero=4130008888`);
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await expect(input).toHaveValue('4130008888');
  await expect(page.getByTestId('search-row')).toHaveCount(2);
  const chosen =
    (await page.getByTestId('search-row').first().getByTestId('search-row-name').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
  await expect(page.getByTestId('client-name')).toHaveText(chosen);
  const chosenLabel = (await activeWorkspaceTab(page).textContent()) ?? '';

  await page.goto(`${shell.url}/#/chamada?numero=4130007777`);
  await expect(input).toHaveValue('4130007777');
  await expect(page.getByRole('dialog').getByText('Nenhum cliente com este telefone')).toBeVisible();
  await page.keyboard.press('Escape');

  // A malformed link is told and does nothing else.
  await page.goto(`${shell.url}/#/chamada?numero=abc`);
  await expect(
    page.getByTestId('toast').filter({ hasText: /Link da telefonia inválido: o telefone deve ter/ }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.goto(`${shell.url}/#/cliente/82467786`);
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);

  // The calls wait in Meu dia as drafts: the one without a client cannot be recorded until opened.
  await page.getByRole('tablist', { name: 'Clientes abertos' }).getByRole('tab', { name: 'Início' }).click();
  const drafts = page.getByTestId('call-draft');
  await expect(drafts).toHaveCount(3);
  const unknown = drafts.filter({ hasText: '(41) 3000-7777' });
  await expect(unknown.getByRole('button', { name: 'Registrar' })).toBeDisabled();
  await unknown.getByRole('button', { name: 'Descartar' }).click();
  const known = drafts.filter({ hasText: '(41) 3000-9999' });
  await expect(known).toContainText(/Chamada recebida de \(41\) 3000-9999, \d{2}:\d{2}/);
  await known.getByRole('button', { name: 'Registrar' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Chamada registrada nas atividades do cliente.' }),
  ).toBeVisible();
  // Left: the call of the number two clients have, now about the client picked in F9 (the newest call).
  await expect(drafts).toHaveCount(1);
  await expect(drafts.getByRole('button', { name: 'Registrar' })).toBeEnabled();
  await expect(page.getByTestId('home-last-call')).toContainText(chosenLabel);
});

test('the Deps flow with the keyboard alone: Enter continues on the product, confirms, Esc closes the top dialog only', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await expect(page.getByTestId('client-name')).toBeFocused();
  const deps = page.getByRole('button', { name: 'Deps', exact: true });
  const focusedText = () =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document
          .activeElement?.textContent,
    );
  for (let i = 0; i < 60 && (await focusedText()) !== 'Deps'; i++) await page.keyboard.press('Tab');
  await expect(deps).toBeFocused();
  await page.keyboard.press('Enter');
  const product = page.getByRole('dialog', { name: 'Consulta Deps' });
  await expect(product.getByLabel('Identificador de produtos')).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Realizar nova consulta' });
  await expect(confirm.getByRole('button', { name: 'Confirmar consulta cobrada' })).toBeFocused();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  await expect(edit).toBeVisible();
  // Esc closes the limit step only: the result it came from is shown again.
  await page.keyboard.press('Escape');
  const result = page.getByRole('dialog', { name: 'Resultado da consulta Deps' });
  await expect(result).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focus returns to where the chain of steps began, not to the page body.
  await expect(deps).toBeFocused();
});
