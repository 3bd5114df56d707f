import { expect, type Page } from '@playwright/test';

/**
 * F9, the query, Enter: the client's screen is showing and the F9 dialog is gone. The restored
 * workspace may already show this client behind the dialog, and Alt+1 … Alt+0 are ignored while
 * a dialog is open, so the dialog closing is part of "opened". The query is filled and Enter
 * pressed in the field itself: this is the way in for other tests (typing key by key, and Enter
 * racing the answers, are search.spec's subject).
 */
export async function openClient(page: Page, query: string, name: RegExp): Promise<void> {
  await page.keyboard.press('F9');
  const input = page.getByRole('combobox', { name: 'Buscar cliente' });
  await input.fill(query);
  await expect(page.getByTestId('search-row').first()).toContainText(name);
  await input.press('Enter');
  await expect(input).toBeHidden();
  await expect(page.getByTestId('client-name')).toHaveText(name);
}

export const openShowcaseClient = (page: Page) => openClient(page, 'maximino santin', /Maximino Santin/);
