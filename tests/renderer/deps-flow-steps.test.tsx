import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { CreditActions } from '../../renderer/modules/credit/CreditActions';
import { bureauFixture, type BureauFixture } from '../main/bureau-fixture';
import { installBridge, renderApp, useAs } from './support/render';

/** Every step of the Deps button against a real core and the bureau simulator, as the agent meets it. */
let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
  installBridge(f.t.registry);
  await useAs(f.agent);
});
afterAll(() => f.close());
afterEach(() => {
  cleanup();
  f.sim.setFault(null);
  f.setTimeoutMs(5_000);
});

/** A client of the demo data nobody queried yet (each test takes its own). */
let taken = 0;
function freshClient(): number {
  const row = f.t.core.db
    .prepare(
      `SELECT id FROM clients WHERE person_type = 'J'
        AND id NOT IN (SELECT client_id FROM bureau_queries) ORDER BY id LIMIT 1 OFFSET ?`,
    )
    .get(++taken) as { id: number };
  return row.id;
}

async function openConfirmation(clientId: number) {
  const user = userEvent.setup();
  renderApp(<CreditActions clientId={clientId} />);
  await user.click(await screen.findByRole('button', { name: 'Deps' }));
  const product = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  const go = within(product).getByRole('button', { name: 'Continuar' });
  await waitFor(() => expect((go as HTMLButtonElement).disabled).toBe(false));
  await user.click(go);
  const confirm = await screen.findByRole('dialog', { name: 'Realizar nova consulta' });
  return { user, confirm };
}

test('Consulta Deps comes with the Consulta padrão of the person type; Cancelar spends nothing', async () => {
  const before = f.queryRequests();
  const user = userEvent.setup();
  renderApp(<CreditActions clientId={freshClient()} />);
  await user.click(await screen.findByRole('button', { name: 'Deps' }));
  const product = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  const select = (await within(product).findByLabelText('Identificador de produtos')) as HTMLSelectElement;
  await waitFor(() => expect(select.value).toBe('B2C3D4E5'));
  // Enter goes on from the list itself: it has the focus.
  expect(document.activeElement).toBe(select);
  await user.click(within(product).getByRole('button', { name: 'Cancelar' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(f.queryRequests()).toBe(before);
});

test('the charge is told before paying, and Cancelar on it pays nothing', async () => {
  const before = f.queryRequests();
  const { user, confirm } = await openConfirmation(freshClient());
  expect(within(confirm).getByRole('note').textContent).toContain('Esta consulta é cobrada pela Deps.');
  expect(within(confirm).getByRole('note').textContent).toContain('B2C3D4E5');
  await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(f.queryRequests()).toBe(before);
});

test('while the paid query runs it cannot be confirmed again nor closed, and its result follows', async () => {
  f.sim.setFault({ kind: 'latency', ms: 800 });
  const before = f.queryRequests();
  const { user, confirm } = await openConfirmation(freshClient());
  await user.click(within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  const running = await within(confirm).findByRole('button', { name: 'Consultando…' });
  expect((running as HTMLButtonElement).disabled).toBe(true);
  expect(within(confirm).getByText('Consultando o bureau; não feche a janela.')).toBeTruthy();
  await user.keyboard('{Escape}');
  fireEvent.click(running);
  expect(screen.getByRole('dialog', { name: 'Realizar nova consulta' })).toBe(confirm);
  expect(await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' })).toBeTruthy();
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(f.queryRequests()).toBe(before + 1);
});

test('a bureau error stays on the confirmation with its message; trying again is one new query', async () => {
  f.sim.setFault({ kind: 'status', status: 503, times: 1 });
  const before = f.queryRequests();
  const { user, confirm } = await openConfirmation(freshClient());
  await user.click(within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  expect(await within(confirm).findByRole('alert')).toBeTruthy();
  expect(f.queryRequests()).toBe(before + 1);
  await user.click(within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  expect(await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' })).toBeTruthy();
  expect(f.queryRequests()).toBe(before + 2);
});

test('within 90 days the last query is offered first, and viewing it pays nothing', async () => {
  const id = freshClient();
  const first = await openConfirmation(id);
  await first.user.click(within(first.confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  cleanup();

  const before = f.queryRequests();
  const user = userEvent.setup();
  renderApp(<CreditActions clientId={id} />);
  await user.click(await screen.findByRole('button', { name: 'Deps' }));
  const product = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  const go = within(product).getByRole('button', { name: 'Continuar' });
  await waitFor(() => expect((go as HTMLButtonElement).disabled).toBe(false));
  await user.click(go);
  const recent = await screen.findByRole('dialog', { name: 'Consulta recente' });
  expect(within(recent).getByTestId('deps-recent').textContent).toContain('há menos de 90 dias');
  await user.dblClick(within(recent).getByRole('button', { name: 'Visualizar última consulta' }));
  const result = await screen.findByRole('dialog', { name: 'Resultado da consulta Deps' });
  expect(within(result).getByTestId('decision-score').textContent).toMatch(/\d{3} · /);
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(f.queryRequests()).toBe(before);

  // "Realizar nova consulta" from the prompt is its own, confirmed, paid query.
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await user.click(screen.getByRole('button', { name: 'Deps' }));
  const again = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  const next = within(again).getByRole('button', { name: 'Continuar' });
  await waitFor(() => expect((next as HTMLButtonElement).disabled).toBe(false));
  await user.click(next);
  const prompt = await screen.findByRole('dialog', { name: 'Consulta recente' });
  await user.click(within(prompt).getByRole('button', { name: 'Realizar nova consulta' }));
  const confirm = await screen.findByRole('dialog', { name: 'Realizar nova consulta' });
  expect(f.queryRequests()).toBe(before);
  await user.click(within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  expect(f.queryRequests()).toBe(before + 1);
});

test('an unanswered query is not repeated; Verificar no bureau reuses its result without a charge', async () => {
  f.setTimeoutMs(1_000);
  f.sim.setFault({ kind: 'timeoutAfterReceive', ms: 2_000 });
  const billed = f.sim.billedQueries();
  const { user, confirm } = await openConfirmation(freshClient());
  await user.click(within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  const unknown = await screen.findByRole('dialog', { name: 'Consulta sem resposta' }, { timeout: 5_000 });
  expect(within(unknown).getByTestId('deps-unknown').textContent).toContain('NÃO foi repetida');
  f.sim.setFault(null);
  await user.dblClick(within(unknown).getByRole('button', { name: 'Verificar no bureau' }));
  expect(await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' })).toBeTruthy();
  expect(f.sim.billedQueries()).toBe(billed + 1);
});

test('Análise crédito reopens a past result in place of its own dialog, without paying', async () => {
  const id = freshClient();
  const first = await openConfirmation(id);
  await first.user.click(within(first.confirm).getByRole('button', { name: 'Confirmar consulta cobrada' }));
  await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  cleanup();

  const before = f.queryRequests();
  const user = userEvent.setup();
  renderApp(<CreditActions clientId={id} />);
  await user.click(await screen.findByRole('button', { name: 'Análise crédito' }));
  const analysis = await screen.findByRole('dialog', { name: /^Análise crédito — / });
  const [row] = await within(analysis).findAllByTestId('credit-query-row');
  await user.click(within(row!).getByRole('button'));
  const result = await screen.findByRole('dialog', { name: 'Resultado da consulta Deps' });
  expect(within(result).getByTestId('decision-score').textContent).toMatch(/\d{3} · /);
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(f.queryRequests()).toBe(before);
});
