/**
 * The browser benches' common start: the web bundle built, the shell on a demo database of
 * `clients`, Debian's Chromium, the instrumentation installed before any app script, and the
 * demo agent logged in. The caller measures, then calls `close()`.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { startShell } from '../tests/e2e/support/web-shell';

export async function openUiSession(
  clients: number,
  dataDir: string | undefined,
  instrument: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  if (process.env.CENTRAL_SKIP_BUILD !== '1') {
    execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  }
  const shell = await startShell(
    { CENTRAL_DEMO_SERVICES: '0', CENTRAL_DEMO_CLIENTS: String(clients) },
    dataDir,
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const close = async () => {
    await browser.close();
    await shell.stop();
  };
  try {
    // The shell's CSP forbids inline scripts; the stamps are installed as an init script.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.addInitScript(instrument);
    await page.goto(shell.url);
    await page.getByLabel('Login').fill('ana');
    await page.getByLabel('Senha').fill('atendente-demo');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByTestId('current-user').waitFor();
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
