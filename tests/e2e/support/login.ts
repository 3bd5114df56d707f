import { expect, type Page } from '@playwright/test';

export const DEMO_ADMIN = { login: 'admin', password: 'admin-demo-2026' };
export const DEMO_AGENT = { login: 'ana', password: 'atendente-demo' };

export async function loginAs(
  page: Page,
  url: string,
  who: { login: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Login').fill(who.login);
  await page.getByLabel('Senha').fill(who.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
