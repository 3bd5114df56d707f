import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { addDays, todayInSaoPaulo } from '../../shared/domain/dates';
import { DEMO_ADMIN, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * Configurações → Integração → Dados ERP in the web shell, on a demo database whose ERP is the
 * demo simulator: the overview from real state, "Sincronizar agora" filling the run log, a run's
 * .txt log, Agendamento, and the Histórico workbook read back after the browser downloaded it.
 */
let shell: RunningShell;
const today = todayInSaoPaulo(new Date());

test.beforeAll(async () => {
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => {
  await shell.stop();
});
test.describe.configure({ mode: 'serial' });

async function openIntegration(page: Page): Promise<void> {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  await expect(page.getByRole('tab', { name: 'Informações Gerais' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

const brDate = (iso: string) => iso.split('-').reverse().join('/');
const openDb = () => new Database(path.join(shell.dataDir, 'central.sqlite'), { readonly: true });

test('Informações Gerais shows the ERP, the real schedule and database size; a sync fills the run log', async ({
  page,
}) => {
  await openIntegration(page);
  await expect(page.getByTestId('overview-type')).toHaveText('API');
  await expect(page.getByTestId('overview-erp')).toHaveText('Simulador ERP Oeste');
  await expect(page.getByTestId('overview-erp-version')).toHaveText('2026.11.3 (API 1.0.0)');
  await expect(page.getByTestId('overview-active')).toHaveText('Sim');
  await expect(page.getByTestId('overview-scheduled')).toHaveText('Sim');
  await expect(page.getByTestId('overview-next-run')).toHaveText(`${brDate(addDays(today, 1))} 00:00`);
  await expect(page.getByTestId('overview-db-size')).toHaveText(/^\d+(,\d)? MB$/);
  await expect(page.getByTestId('overview-deployment')).toHaveText(/^Carga inicial em andamento \(0 de 12/);
  await expect(page.getByRole('heading', { name: 'Regra de negócio da integração' })).toBeVisible();

  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await expect(page.getByTestId('erp-last-run')).toContainText('Sucesso', { timeout: 30_000 });
  const run = page.getByTestId('integration-run').first();
  await expect(run).toContainText('Dados ERP (ERP → Central)', { timeout: 10_000 });
  await expect(run).toContainText('Sucesso');
  await expect(run).toContainText('manual');
  await expect(page.getByTestId('overview-deployment')).toHaveText('Concluída');
  await expect(page.getByTestId('overview-average')).not.toHaveText('—');

  const runId = (
    openDb().prepare(`SELECT max(id) AS id FROM job_runs WHERE job = 'erp-sync'`).get() as {
      id: number;
    }
  ).id;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Baixar log da execução ${runId}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`integracao-erp-execucao-${runId}.txt`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('Situação: Sucesso');
  expect(text).toContain('| Recebimento (ERP → Central) | /v1/tabelas/empresa | Sucesso | HTTP 200 |');
});

test('Agendamento and Tempo máximo sem sucesso are saved and move the next run', async ({ page }) => {
  await openIntegration(page);
  const form = page.getByRole('form', { name: 'Agendamento da integração' });
  await form.getByLabel('Agendamento').fill('02:30');
  await form.getByLabel('Tempo máximo sem sucesso na integração').fill('12');
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByRole('status')).toHaveText('Agendamento salvo.');
  await expect(page.getByTestId('overview-next-run')).toHaveText(/ 02:30$/);
  await page.reload();
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  await expect(form.getByLabel('Tempo máximo sem sucesso na integração')).toHaveValue('12');
  await expect(form.getByLabel('Agendamento')).toHaveValue('02:30');
});

test('Histórico: 3 days and two tables download a workbook with every request of those tables', async ({
  page,
}) => {
  await openIntegration(page);
  await page.getByRole('tab', { name: 'Histórico' }).click();
  const history = page.getByRole('tabpanel', { name: 'Histórico' });
  const download = history.getByRole('button', { name: 'Download' });

  await history.getByLabel('Data inicial').fill(brDate(addDays(today, -7)));
  await history.getByLabel('Data final').fill(brDate(today));
  await expect(history.getByTestId('period-problem')).toHaveText(
    'O período pode ter no máximo 7 dias; o escolhido tem 8. Diminua o intervalo.',
  );
  await history.getByLabel('Data inicial').fill(brDate(addDays(today, -1)));
  await history.getByLabel('Data final').fill(brDate(addDays(today, 1)));
  await expect(history.getByTestId('period-problem')).toHaveText('A data final não pode estar no futuro.');
  await history.getByLabel('Data inicial').fill(brDate(addDays(today, -2)));
  await history.getByLabel('Data final').fill(brDate(today));
  await expect(history.getByTestId('period-problem')).toBeHidden();
  await expect(download).toBeDisabled();

  await history.getByRole('checkbox', { name: 'Empresa', exact: true }).check();
  await history.getByRole('checkbox', { name: 'Fatura', exact: true }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe(`historico-integracao-${addDays(today, -2)}-a-${today}.xlsx`);
  await expect(history.getByTestId('export-message')).toContainText('baixado');

  const db = openDb();
  const expected = (table: string) =>
    (
      db.prepare('SELECT count(*) AS n FROM erp_sync_requests WHERE table_name = ?').get(table) as {
        n: number;
      }
    ).n;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Resumo', 'Empresa', 'Fatura']);
  const empresa = wb.getWorksheet('Empresa') as ExcelJS.Worksheet;
  const fatura = wb.getWorksheet('Fatura') as ExcelJS.Worksheet;
  expect(expected('empresa')).toBeGreaterThan(0);
  expect(empresa.rowCount).toBe(1 + expected('empresa'));
  expect(fatura.rowCount).toBe(1 + expected('fatura'));
  expect(empresa.getRow(2).getCell(1).value).toBeInstanceOf(Date);
  expect(empresa.getRow(2).getCell(3).value).toBe('/v1/tabelas/empresa');
  expect(typeof empresa.getRow(2).getCell(6).value).toBe('number');
  expect(fs.readdirSync(path.join(shell.dataDir, 'exports'))).toEqual([]);
});

test('a long export shows its progress and Cancelar removes the partial file', async ({ page }) => {
  const db = new Database(path.join(shell.dataDir, 'central.sqlite'));
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare(
    `INSERT INTO erp_sync_requests (run_id, table_name, at, rows, status, http_status, duration_ms, endpoint)
     VALUES (NULL, 'pedido', ?, 100, 'ok', 200, 80, '/v1/tabelas/pedido')`,
  );
  const start = Date.now() - 3_600_000;
  db.transaction(() => {
    for (let i = 0; i < 400_000; i++) insert.run(new Date(start + i * 5).toISOString());
  })();
  db.close();

  await openIntegration(page);
  await page.getByRole('tab', { name: 'Histórico' }).click();
  const history = page.getByRole('tabpanel', { name: 'Histórico' });
  await history.getByLabel('Data inicial').fill(brDate(today));
  await history.getByLabel('Data final').fill(brDate(today));
  await history.getByRole('checkbox', { name: 'Pedido', exact: true }).check();
  await history.getByRole('button', { name: 'Download' }).click();
  await expect(history.getByRole('progressbar', { name: 'Progresso da exportação' })).toBeVisible();
  await expect(history.getByTestId('export-progress')).toContainText(/de 400\.\d{3} requisições gravadas/);
  await history.getByRole('button', { name: 'Cancelar' }).click();
  await expect(history.getByTestId('export-message')).toHaveText(
    'Exportação cancelada; o arquivo parcial foi apagado.',
  );
  await expect(history.getByRole('progressbar')).toBeHidden();
  expect(fs.readdirSync(path.join(shell.dataDir, 'exports'))).toEqual([]);
});
