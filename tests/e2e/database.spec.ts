import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { startShell } from './support/web-shell';
import { DEMO_ADMIN, loginAs } from './support/login';

/** Overwrites the pages of the clients table (never page 1) with noise, as a failing disk would. */
function corruptClientPages(file: string): void {
  const probe = new Database(file, { readonly: true });
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  const pages = probe.prepare("SELECT pageno FROM dbstat WHERE name = 'clients' AND pageno > 1").all() as {
    pageno: number;
  }[];
  probe.close();
  const fd = fs.openSync(file, 'r+');
  for (const { pageno } of pages)
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  fs.closeSync(fd);
}

test('damage found while working: one clear screen, then Restaurar backup brings the console back', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-e2e-damage-'));
  const env = { CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: '300' };
  const first = await startShell(env, dir);
  await first.stop();

  // A backup as the daily job writes it, then damage in the live file.
  const file = path.join(dir, 'central.sqlite');
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  fs.mkdirSync(path.join(dir, 'backups'));
  await db.backup(path.join(dir, 'backups', 'central-2026-11-20T15-30-00-000Z-diario.sqlite'));
  db.close();
  corruptClientPages(file);

  const shell = await startShell(env, dir);
  try {
    await loginAs(page, shell.url, DEMO_ADMIN);
    await page.keyboard.press('F9');
    await page.getByRole('combobox', { name: 'Buscar cliente' }).pressSequentially('maximino santin');
    await page.keyboard.press('Enter');

    const screen = page.getByRole('alert', { name: 'Banco de dados danificado' });
    await expect(screen).toContainText('parou de gravar');
    const row = screen.getByRole('row', { name: /diário/ });
    await expect(row).toBeVisible();
    await expectAccessible(page, 'banco de dados danificado');
    page.once('dialog', (d) => void d.accept());
    const reloaded = page.waitForEvent('load');
    await row.getByRole('button', { name: 'Restaurar backup' }).click();
    await reloaded;

    await expect(screen).toBeHidden();
    await expect(page.getByTestId('current-user')).toBeVisible();
    await page.keyboard.press('F9');
    await page.getByRole('combobox', { name: 'Buscar cliente' }).pressSequentially('maximino santin');
    await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('client-name')).toHaveText(/Maximino Santin/);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('central.sqlite.danificado-'))).toBe(true);
  } finally {
    await shell.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
