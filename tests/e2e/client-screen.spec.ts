import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startShell, type RunningShell } from './support/web-shell';
import { openShowcaseClient } from './support/open-client';
import { DEMO_ADMIN, DEMO_AGENT, loginAs } from './support/login';

let shell: RunningShell;
test.beforeAll(async () => {
  shell = await startShell();
});
test.afterAll(async () => shell.stop());

const TABS = [
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

/** The few browser globals the page functions below use (this file is type-checked without DOM types). */
interface BrowserGlobals {
  document: { querySelector(selector: string): { content: string } | null };
  navigator: { clipboard: { readText(): Promise<string> } };
}

/** Calls a channel from inside the page, with the page's own token and session cookie, as the UI would. */
function invokeInPage(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, body]) => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const res = await fetch(`/api/invoke/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-central-token': document.querySelector('meta[name="central-token"]')?.content ?? '',
        },
        body: JSON.stringify(body),
      });
      const r = (await res.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!r.ok) throw new Error(r.error?.message);
      return r.value;
    },
    [channel, input] as const,
  );
}

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab', { name, exact: true });
const panel = (page: Page) => page.getByRole('tabpanel');

/** Records what the page hands to window.open (Mapa, Enviar e-mail) instead of leaving the test. */
async function captureWindowOpen(page: Page) {
  await page.evaluate(() => {
    const w = globalThis as unknown as { opened: string[]; open: (url: string) => null };
    w.opened = [];
    w.open = (url: string) => {
      w.opened.push(url);
      return null;
    };
  });
  return () => page.evaluate(() => (globalThis as unknown as { opened: string[] }).opened);
}

test('an agent walks all ten tabs with Alt+1 … Alt+0 and finds the demo data in each', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await expect(page.getByRole('tablist', { name: 'Abas do cliente' }).getByRole('tab')).toHaveText(TABS);

  const expectations: [string, (p: Page) => Promise<void>][] = [
    ['Detalhes', async (p) => await expect(panel(p).getByText('Número do cliente')).toBeVisible()],
    [
      'Endereços',
      async (p) =>
        await expect(
          panel(p)
            .getByText(/Avenida Getúlio Vargas, 1200/)
            .first(),
        ).toBeVisible(),
    ],
    ['Contatos', async (p) => await expect(panel(p).getByText('José Maximino')).toBeVisible()],
    [
      'Atividades',
      async (p) => await expect(panel(p).getByText('Chamada - 82467786 MAXIMINO SANTIN')).toBeVisible(),
    ],
    [
      'Suporte ao cliente',
      async (p) => await expect(panel(p).getByText('Boleto emitido com vencimento errado')).toBeVisible(),
    ],
    [
      'Faturamento',
      async (p) =>
        await expect(panel(p).getByRole('img', { name: 'Faturamento por categoria' })).toBeVisible(),
    ],
    [
      'Documentos de faturamento',
      async (p) =>
        await expect(
          panel(p)
            .getByRole('row', { name: /^Fatura 1-\d{9}$/ })
            .first(),
        ).toBeVisible(),
    ],
    ['Produtos exclusivos', async (p) => await expect(panel(p).getByText('EXC-82467786-01')).toBeVisible()],
    [
      'Arquivos',
      async (p) =>
        await expect(panel(p).getByRole('button', { name: 'Selecionar um arquivo' })).toBeVisible(),
    ],
    [
      'Histórico',
      async (p) => await expect(panel(p).getByRole('table', { name: 'Histórico' })).toBeVisible(),
    ],
  ];
  for (const [i, [name, check]] of expectations.entries()) {
    await page.keyboard.press(`Alt+${(i + 1) % 10}`);
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, name)).toBeFocused();
    await check(page);
  }
  // The digits are all taken: the eleventh tab, Pedidos, is Alt+P.
  await page.keyboard.press('Alt+p');
  await expect(tab(page, 'Pedidos')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Pedidos')).toBeFocused();
  await expect(panel(page).getByRole('table', { name: 'Pedidos do cliente' })).toBeVisible();

  // Figures on hover and the same data as a table.
  await page.keyboard.press('Alt+6');
  await panel(page)
    .getByRole('img', { name: 'Faturamento por mês' })
    .locator('.recharts-bar-rectangle')
    .last()
    .hover();
  await expect(
    panel(page).getByRole('region', { name: 'Faturamento por mês' }).locator('.recharts-tooltip-wrapper'),
  ).toContainText(/R\$ /);
  await panel(page).getByRole('button', { name: 'Tabela' }).click();
  await expect(
    panel(page).getByRole('table', { name: 'Faturamento por mês (tabela)' }).getByRole('row'),
  ).toHaveCount(13);

  // A document opens with its items.
  await page.keyboard.press('Alt+7');
  await panel(page)
    .getByRole('row', { name: /^Fatura / })
    .first()
    .press('Enter');
  const doc = page.getByRole('dialog');
  await expect(doc.getByRole('table', { name: 'Itens do documento' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(doc).toBeHidden();
});

test('add a contact and edit a field, then see both in Histórico with the agent’s name', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);

  await page.keyboard.press('Alt+3');
  await panel(page).getByRole('button', { name: 'Adicionar contato' }).click();
  const dialog = page.getByRole('dialog', { name: 'Novo contato' });
  await dialog.getByLabel('Nome').fill('Marta Conceição');
  await dialog.getByLabel('E-mail').fill('marta@');
  await dialog.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(dialog.getByText('E-mail inválido: "marta@".')).toBeVisible();
  await dialog.getByLabel('E-mail').fill('marta.conceicao@maximinosantin.com.br');
  await dialog.getByLabel('Etiquetas').fill('Compras, Decisor');
  await dialog.getByRole('button', { name: 'Salvar contato' }).click();
  await expect(dialog).toBeHidden();
  const contacts = panel(page).getByRole('table', { name: 'Contatos' });
  await expect(contacts.getByRole('row', { name: /Marta Conceição/ })).toContainText('MC');

  // Filter by tag, select and send one e-mail to the selection.
  const opened = await captureWindowOpen(page);
  await panel(page).getByRole('button', { name: 'Compras', exact: true }).click();
  await expect(contacts.getByRole('row')).toHaveCount(2);
  await contacts.getByRole('checkbox', { name: 'Selecionar Marta Conceição' }).check();
  await panel(page)
    .getByRole('button', { name: /Enviar e-mail/ })
    .click();
  expect(await opened()).toEqual(['mailto:marta.conceicao@maximinosantin.com.br']);

  await page.keyboard.press('Alt+1');
  await panel(page).getByRole('button', { name: 'Editar' }).click();
  const site = panel(page).getByLabel('Site');
  await site.fill('www.maximino');
  await site.blur();
  await expect(panel(page).getByText(/Site inválido/)).toBeVisible();
  await site.fill('https://www.maximinosantin.com.br');
  await panel(page).getByLabel('Pagamento').fill('Pix');
  await panel(page).getByRole('button', { name: 'Salvar' }).click();
  await expect(
    panel(page).getByRole('definition').filter({ hasText: 'https://www.maximinosantin.com.br' }),
  ).toBeVisible();

  await page.keyboard.press('Alt+0');
  const history = panel(page).getByRole('table', { name: 'Histórico' });
  await expect(history.getByRole('row', { name: 'Cadastro alterado por Ana Souza' })).toBeVisible();
  await expect(
    history.getByRole('row', { name: 'Contato adicionado: Marta Conceição por Ana Souza' }),
  ).toBeVisible();
  await history.getByRole('row', { name: 'Cadastro alterado por Ana Souza' }).click();
  const changes = page.getByRole('dialog').getByRole('table', { name: 'Alterações' });
  await expect(changes.getByRole('row', { name: /Pagamento/ })).toContainText('Boleto bancário');
  await expect(changes.getByRole('row', { name: /Pagamento/ })).toContainText('Pix');
  await expect(changes.getByRole('row', { name: /^Site/ })).toContainText(
    'https://www.maximinosantin.com.br',
  );
});

test('attach a file, download it byte for byte, and see the attachment in Histórico', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+9');
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(64 * 1024)]);
  await panel(page)
    .getByTestId('file-input')
    .setInputFiles({ name: 'contrato assinado.pdf', mimeType: 'application/pdf', buffer: bytes });
  const files = panel(page).getByRole('table', { name: 'Arquivos' });
  await expect(files.getByText('contrato assinado.pdf')).toBeVisible();
  await expect(files.getByRole('row').nth(1)).toContainText('Ana Souza');

  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Baixar contrato assinado.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('contrato assinado.pdf');
  expect(fs.readFileSync(await file.path()).equals(bytes)).toBe(true);

  // Over the 25 MB limit: refused with the reason before a byte is read or sent.
  await panel(page)
    .getByTestId('file-input')
    .setInputFiles({ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(26 * 1024 * 1024) });
  await expect(panel(page).getByRole('alert')).toHaveText(
    /"video\.mp4" tem 26 MB e passa do limite de 25 MB por anexo\./,
  );
  await expect(files.getByText('video.mp4')).toHaveCount(0);

  await page.keyboard.press('Alt+0');
  await expect(
    panel(page).getByRole('row', { name: 'Arquivo anexado: contrato assinado.pdf por Ana Souza' }),
  ).toBeVisible();
});

test('quick notes survive a tab switch made mid-typing and a reload', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+1');
  const notes = panel(page).getByRole('textbox', { name: 'Notas rápidas' });
  await notes.fill('Cliente pediu retorno às 15h.');
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+1');
  await expect(panel(page).getByRole('textbox', { name: 'Notas rápidas' })).toHaveValue(
    'Cliente pediu retorno às 15h.',
  );
  await panel(page).getByRole('textbox', { name: 'Notas rápidas' }).press('Control+End');
  // Typed and immediately reloaded: the local draft carries the text the debounce had no time to send.
  await panel(page).getByRole('textbox', { name: 'Notas rápidas' }).pressSequentially(' Confirmar boleto.');
  await page.reload();
  await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
  await expect(panel(page).getByRole('textbox', { name: 'Notas rápidas' })).toHaveValue(
    'Cliente pediu retorno às 15h. Confirmar boleto.',
  );
  await expect(panel(page).getByTestId('notes-status')).toHaveText(/Salvo/);
});

test('Mapa opens only a Google Maps search and the address copies in one click', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await loginAs(page, shell.url, DEMO_AGENT);
  await openShowcaseClient(page);
  await page.keyboard.press('Alt+2');
  const delivery = panel(page).getByRole('region', { name: 'Endereço de entrega' });
  const opened = await captureWindowOpen(page);
  await delivery.getByRole('button', { name: 'Mapa' }).click();
  const [url] = await opened();
  expect(url).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
  expect(decodeURIComponent(new URL(url as string).searchParams.get('query') ?? '')).toContain(
    'Chapecó - SC',
  );
  await delivery.getByRole('button', { name: 'Copiar' }).click();
  await expect(delivery.getByRole('status')).toHaveText('Endereço copiado.');
  expect(
    await page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.clipboard.readText()),
  ).toMatch(/^Avenida Getúlio Vargas, 1200/);
});

test('without "Clientes - Editar cadastro" the screen disables editing and says why', async ({ page }) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  // The administrator creates a read-only agent through the same channels the Configurações screen uses.
  const group = (await invokeInPage(page, 'groups.save', { name: 'Somente consulta', permissions: [] })) as {
    id: number;
  };
  await invokeInPage(page, 'users.save', {
    login: 'consulta',
    name: 'Carla Consulta',
    password: 'consulta-2026',
    active: true,
    groupIds: [group.id],
  });
  await page.getByRole('button', { name: 'Sair' }).click();
  await loginAs(page, shell.url, { login: 'consulta', password: 'consulta-2026' });
  await openShowcaseClient(page);
  const edit = panel(page).getByRole('button', { name: 'Editar' });
  await expect(edit).toBeDisabled();
  await expect(edit).toHaveAttribute('title', /Clientes - Editar cadastro/);
  await page.keyboard.press('Alt+9');
  await expect(panel(page).getByRole('button', { name: 'Selecionar um arquivo' })).toBeDisabled();
  await expect(panel(page).getByRole('button', { name: 'Selecionar um arquivo' })).toHaveAttribute(
    'title',
    /Clientes - Anexar e excluir arquivos/,
  );
  // Quick notes stay open to every agent.
  await page.keyboard.press('Alt+1');
  await panel(page).getByRole('textbox', { name: 'Notas rápidas' }).fill('Anotado pela consulta.');
  await panel(page).getByRole('textbox', { name: 'Notas rápidas' }).blur();
  await expect(panel(page).getByTestId('notes-status')).toHaveText(/Salvo/);
});

test('a client with hundreds of activities renders only the rows in view and pages as it scrolls', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_AGENT);
  const [client] = (await invokeInPage(page, 'clients.search', { query: 'silva', limit: 1 })) as {
    id: number;
    erpCode: string;
  }[];
  for (let i = 0; i < 260; i++) {
    await invokeInPage(page, 'clientActivities.create', {
      clientId: client!.id,
      kind: 'task',
      title: `Tarefa de carga ${i}`,
      dueAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    });
  }
  await page.keyboard.press('F9');
  await page.getByRole('combobox', { name: 'Buscar cliente' }).fill(client!.erpCode);
  await expect(page.getByTestId('search-row').first()).toContainText(client!.erpCode);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+4');
  const footer = panel(page).getByText(/^Mostrando \d+ de \d+ atividades$/);
  await expect(footer).toHaveText(/^Mostrando 100 de (\d+) atividades$/);
  const total = Number(/de (\d+)/.exec((await footer.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(260);
  const rows = panel(page).getByRole('table', { name: 'Atividades' }).getByRole('row');
  expect(await rows.count()).toBeLessThan(60);
  const scroller = panel(page).getByRole('table', { name: 'Atividades' }).getByRole('rowgroup');
  for (let shown = 100; shown < total; shown = Math.min(total, shown + 100)) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(footer).toHaveText(`Mostrando ${Math.min(total, shown + 100)} de ${total} atividades`);
  }
  expect(await rows.count()).toBeLessThan(60);
});
