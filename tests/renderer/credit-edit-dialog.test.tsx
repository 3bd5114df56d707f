import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import type { Client } from '../../shared/ipc/dto/clients';
import { CreditEditDialog } from '../../renderer/modules/credit/CreditEditDialog';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, renderApp, useAs } from './support/render';

/** Edição de situação/Limite de crédito without a query, against a real core: what is refused, what is saved. */
let t: TestCore;
let agent: string;
let admin: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 40 });
  agent = await t.loginAs('ana');
  admin = await t.loginAs('admin');
  installBridge(t.registry);
});
afterAll(() => t.close());
afterEach(cleanup);

async function clientWithLimit(id: number, cents: number): Promise<Client> {
  t.core.db.prepare('UPDATE clients SET credit_limit_cents = ? WHERE id = ?').run(cents, id);
  const r = await t.call(admin, 'clients.get', { id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const stored = (id: number) =>
  (t.core.db.prepare('SELECT credit_limit_cents AS c FROM clients WHERE id = ?').get(id) as { c: number }).c;

async function openDialog(client: Client) {
  const onSaved = vi.fn();
  renderApp(<CreditEditDialog client={client} detail={null} onSaved={onSaved} onClose={() => undefined} />);
  const dialog = await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  const limit = within(dialog).getByLabelText('Limite de crédito (R$)');
  const confirm = within(dialog).getByRole('button', { name: 'Confirmar' }) as HTMLButtonElement;
  return { dialog, limit, confirm, onSaved };
}

test("an increase beyond the group's 24 h budget is refused before it is sent, and says why", async () => {
  await useAs(agent);
  const client = await clientWithLimit(3, 1_000_000);
  const user = userEvent.setup();
  const { dialog, limit, confirm } = await openDialog(client);
  // The budget is read from main and shown before the agent types.
  await within(dialog).findByTestId('credit-allowance');
  expect(confirm.disabled).toBe(true); // nothing changed yet
  await user.clear(limit);
  await user.type(limit, '16.000,00');
  expect(within(dialog).getByText(/passa do máximo do seu grupo/)).toBeTruthy();
  expect(confirm.disabled).toBe(true);
  await user.click(confirm);
  expect(stored(3)).toBe(1_000_000);
});

test('a change within the budget is saved and handed back as the updated client', async () => {
  await useAs(agent);
  const client = await clientWithLimit(4, 1_000_000);
  const user = userEvent.setup();
  const { limit, confirm, onSaved } = await openDialog(client);
  await user.clear(limit);
  await user.type(limit, '12.000,00');
  await waitFor(() => expect(confirm.disabled).toBe(false));
  await user.click(confirm);
  await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  expect((onSaved.mock.calls[0]![0] as Client).creditLimitCents).toBe(1_200_000);
  expect(stored(4)).toBe(1_200_000);
});

test('a big jump waits for its explicit confirmation, even for an uncapped admin', async () => {
  await useAs(admin);
  const client = await clientWithLimit(5, 1_000_000);
  const user = userEvent.setup();
  const { dialog, limit, confirm, onSaved } = await openDialog(client);
  await user.clear(limit);
  await user.type(limit, '999.999,00');
  const warning = await within(dialog).findByTestId('large-increase');
  expect(confirm.disabled).toBe(true);
  await user.click(confirm);
  expect(stored(5)).toBe(1_000_000);
  await user.click(within(warning).getByRole('checkbox', { name: /Confirmo o aumento de/ }));
  await waitFor(() => expect(confirm.disabled).toBe(false));
  await user.click(confirm);
  await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  expect(stored(5)).toBe(99_999_900);
});

test('a limit changed meanwhile elsewhere is not overwritten: the dialog says so and keeps the text', async () => {
  await useAs(agent);
  const client = await clientWithLimit(6, 1_000_000);
  t.core.db.prepare('UPDATE clients SET credit_limit_cents = ? WHERE id = ?').run(1_100_000, 6);
  const user = userEvent.setup();
  const { dialog, limit, confirm, onSaved } = await openDialog(client);
  await user.clear(limit);
  await user.type(limit, '12.000,00');
  await waitFor(() => expect(confirm.disabled).toBe(false));
  await user.click(confirm);
  await waitFor(() => expect(within(dialog).getByRole('alert').textContent).not.toBe(''));
  expect(onSaved).not.toHaveBeenCalled();
  expect((limit as HTMLInputElement).value).toBe('12.000,00');
  expect(stored(6)).toBe(1_100_000);
});

test('the situation is picked from the styled list and saved with the limit', async () => {
  await useAs(agent);
  const client = await clientWithLimit(7, 1_000_000);
  const user = userEvent.setup();
  const { dialog, confirm, onSaved } = await openDialog(client);
  const status = within(dialog).getByLabelText('Situação de crédito');
  status.focus();
  await user.keyboard('{Enter}');
  await user.click(await screen.findByRole('option', { name: 'Em análise' }));
  expect(status.textContent).toContain('Em análise');
  await waitFor(() => expect(confirm.disabled).toBe(false));
  await user.click(confirm);
  await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  expect((onSaved.mock.calls[0]![0] as Client).creditStatus).toBe('EM_ANALISE');
});

test('a limit that is not an amount says how to write it, with the rule main applies', async () => {
  await useAs(agent);
  const client = await clientWithLimit(8, 1_000_000);
  const user = userEvent.setup();
  const { dialog, limit, confirm } = await openDialog(client);
  await user.clear(limit);
  await user.type(limit, 'dez mil');
  expect(within(dialog).getByText(/Valor inválido\. Use reais/)).toBeTruthy();
  expect(limit.getAttribute('aria-invalid')).toBe('true');
  expect(confirm.disabled).toBe(true);
  // The registry refuses the same thing the form refused: a negative limit never reaches the service.
  const r = await t.call(agent, 'credit.update', {
    clientId: 8,
    creditLimitCents: -1,
    creditStatus: 'ADIMPLENTE',
    expectedCreditLimitCents: 1_000_000,
    bureauQueryId: null,
  });
  expect(r.ok).toBe(false);
  expect(stored(8)).toBe(1_000_000);
});
