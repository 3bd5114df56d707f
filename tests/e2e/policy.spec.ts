import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/**
 * The machine policy as the admin sees it: preset fields are locked in Configurações with
 * "Definido pela política da empresa", and an invalid field is named (file and field) while
 * the rest of the policy applies.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-e2e-policy-'));
const policyFile = path.join(dir, 'policy.json');
const ERP = 'https://erp.empresa.com.br/api';
const BUREAU = 'https://deps.empresa.com.br';
let shell: RunningShell;

test.beforeAll(async () => {
  fs.writeFileSync(policyFile, JSON.stringify({ erpUrl: ERP, bureauUrl: BUREAU, autoUpdate: 'não' }));
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '100', CENTRAL_POLICY_FILE: policyFile });
});
test.afterAll(async () => {
  await shell.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('locked fields are disabled and marked; the invalid field is reported with the file', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Bureau de crédito' }).click();
  const bureauUrl = page.getByLabel('URL da API');
  await expect(bureauUrl).toHaveValue(BUREAU);
  await expect(bureauUrl).toBeDisabled();
  await expect(page.getByTestId('policy-lock')).toHaveText('Definido pela política da empresa.');
  const problems = page.getByTestId('policy-problems');
  await expect(problems).toContainText(policyFile);
  await expect(problems).toContainText('"autoUpdate"');

  await page.getByRole('button', { name: 'Integração → Dados ERP' }).click();
  const erpUrl = page.getByLabel('Endereço da API do ERP');
  await expect(erpUrl).toHaveValue(ERP);
  await expect(erpUrl).toBeDisabled();
  await expect(page.getByTestId('policy-lock')).toBeVisible();

  await page.getByRole('button', { name: 'Sobre' }).click();
  const section = page.getByTestId('policy-section');
  await expect(section).toContainText(policyFile);
  await expect(section).toContainText(ERP);
  await expect(section).toContainText(BUREAU);
  await expect(section.getByRole('alert')).toContainText('"autoUpdate"');
});
