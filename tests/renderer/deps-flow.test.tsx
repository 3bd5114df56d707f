import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { CreditActions } from '../../renderer/modules/credit/CreditActions';
import { ClientHeader } from '../../renderer/modules/clients/ClientHeader';
import { useClient } from '../../renderer/modules/clients/useClient';
import { useFinancialSnapshot } from '../../renderer/modules/finance';
import { bureauFixture, type BureauFixture } from '../main/bureau-fixture';
import { installBridge, renderApp, useAs } from './support/render';

/** The Deps button's steps against a real core and the bureau simulator, as the agent clicks them. */
let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
  installBridge(f.t.registry);
});
afterAll(() => f.close());
afterEach(cleanup);

/** The button once it can be pressed (the products arrive after the dialog opens). */
async function enabled(button: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  return button;
}

function Screen({ id }: { id: number }) {
  const { client } = useClient(id);
  const { snapshot } = useFinancialSnapshot(id);
  return (
    <>
      {client && <ClientHeader client={client} snapshot={snapshot} />}
      <CreditActions clientId={id} />
    </>
  );
}

test('a paid query runs once however often it is confirmed, and the steps never stack', async () => {
  await useAs(f.agent);
  const user = userEvent.setup();
  renderApp(<Screen id={f.pj.id} />);
  await user.click(await screen.findByRole('button', { name: 'Deps' }));
  const product = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  await user.click(await enabled(within(product).getByRole('button', { name: 'Continuar' })));

  const confirm = await screen.findByRole('dialog', { name: 'Realizar nova consulta' });
  const pay = within(confirm).getByRole('button', { name: 'Confirmar consulta cobrada' });
  await user.dblClick(pay);
  await user.keyboard('{Enter}{Enter}{Enter}');

  // The limit step comes pre-filled from the bureau, alone on screen.
  const edit = await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(within(edit).getByTestId('credit-suggestion').textContent).toContain('Sugestão do bureau');
  expect(f.queryRequests()).toBe(1);

  // "Agora não" steps back to the result, which replaces the form; its button steps forward again.
  await user.click(within(edit).getByRole('button', { name: 'Agora não' }));
  const result = await screen.findByRole('dialog', { name: 'Resultado da consulta Deps' });
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(within(result).getByTestId('decision-score').textContent).toMatch(/\d{3} · /);
  await user.click(within(result).getByRole('button', { name: 'Editar situação/limite de crédito' }));
  expect(await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' })).toBeTruthy();
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(f.queryRequests()).toBe(1);
});

test('a saved limit reaches the header (the one credit picture) and the database', async () => {
  await useAs(f.admin);
  const user = userEvent.setup();
  renderApp(<Screen id={f.pf.id} />);
  await screen.findByTestId('header-credit-limit');
  await user.click(screen.getByRole('button', { name: 'Deps' }));
  const product = await screen.findByRole('dialog', { name: 'Consulta Deps' });
  await user.click(await enabled(within(product).getByRole('button', { name: 'Continuar' })));
  // Either the 90-day offer (reuse it, no charge) or the paid confirmation.
  const step = await screen.findByRole('dialog', { name: /Consulta recente|Realizar nova consulta/ });
  const reuse = within(step).queryByRole('button', { name: 'Realizar nova consulta' });
  if (reuse) await user.click(reuse);
  await user.click(await screen.findByRole('button', { name: 'Confirmar consulta cobrada' }));
  const edit = await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  const limit = within(edit).getByLabelText('Limite de crédito (R$)');
  await user.clear(limit);
  await user.type(limit, '4.321,00');
  await user.click(within(edit).getByRole('button', { name: 'Confirmar' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() =>
    expect(screen.getByTestId('header-credit-limit').textContent).toMatch(/R\$\s4\.321,00/),
  );
  const stored = f.t.core.db.prepare('SELECT credit_limit_cents AS c FROM clients WHERE id = ?').get(f.pf.id);
  expect(stored).toEqual({ c: 432_100 });
});
