import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { ReleaseView } from '../../renderer/modules/credit-release/ReleaseView';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, renderApp, useAs } from './support/render';

/**
 * The release view over a real core: the order beside the client position, Liberar ("aguardando
 * ERP"), another analyst deciding first, the limit step, and the by-client release, one dialog at a time.
 */
let t: TestCore;
let admin: string;
let other: string;
let client: { id: number; erp_code: string };
let seq = 0;

function insertOrder(valueCents: number, reason = 'limit_exceeded'): number {
  const key = `PT${++seq}`;
  const r = t.core.db
    .prepare(
      `INSERT INTO credit_orders (erp_key, client_erp_code, order_date, seller_code, value_cents, erp_status,
         credit_state, block_reason, erp_version, synced_at)
       VALUES (?, ?, ?, NULL, ?, 'ABERTO', 'blocked', ?, '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z')`,
    )
    .run(key, client.erp_code, `2026-11-${String(10 + seq).padStart(2, '0')}`, valueCents, reason);
  t.core.db
    .prepare(
      `INSERT INTO credit_order_items (erp_key, order_erp_key, product_code, description, quantity,
         unit_price_cents, changed_at) VALUES (?, ?, 'PRD-1', 'Parafuso sextavado', 2, ?, '2026-12-01T10:00:00.000Z')`,
    )
    .run(`${key}-1`, key, valueCents / 2);
  return Number(r.lastInsertRowid);
}

const keysOf = (ids: number[]) =>
  ids.map(
    (id) =>
      (t.core.db.prepare('SELECT erp_key FROM credit_orders WHERE id = ?').get(id) as { erp_key: string })
        .erp_key,
  );

const decisions = (orderId: number) =>
  (
    t.core.db.prepare('SELECT count(*) AS n FROM credit_order_decisions WHERE order_id = ?').get(orderId) as {
      n: number;
    }
  ).n;

beforeAll(async () => {
  t = await createTestCore({ clients: 30 });
  client = t.core.db.prepare('SELECT id, erp_code FROM clients ORDER BY id LIMIT 1').get() as typeof client;
  installBridge(t.registry);
  admin = await t.loginAs('admin');
  other = await t.loginAs('admin');
  await useAs(admin);
});
afterAll(() => t.close());
afterEach(cleanup);

test('the order beside the client position; Liberar confirms once and the view says "aguardando ERP"', async () => {
  const id = insertOrder(12_345_00);
  const user = userEvent.setup();
  renderApp(<ReleaseView orderId={id} onBack={() => undefined} backLabel="Voltar à fila" />);
  const position = await screen.findByTestId('client-position');
  expect(within(position).getByText('Limite de crédito')).toBeTruthy();
  expect(within(position).getByText('Atraso médio (12 meses)')).toBeTruthy();
  expect(within(position).getByText('Última consulta Deps')).toBeTruthy();
  expect(screen.getByTestId('order-value').textContent).toMatch(/12\.345,00/);
  expect(screen.getByRole('table', { name: /Itens do pedido/ }).textContent).toContain('Parafuso sextavado');
  // The client screen's own Deps button, same flow and permission.
  expect(await screen.findByRole('button', { name: 'Deps' })).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Liberar (L)' }));
  const dialog = await screen.findByRole('dialog', { name: /Liberar o pedido PT/ });
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  const confirm = within(dialog).getByRole('button', { name: 'Confirmar liberação' });
  await waitFor(() => expect((confirm as HTMLButtonElement).disabled).toBe(false));
  await user.dblClick(confirm);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const status = await screen.findByTestId('order-status');
  expect(status.textContent).toMatch(/Liberado por Administrador Demo .*aguardando confirmação do ERP/);
  expect(decisions(id)).toBe(1);
  // Decided: the actions are off until the ERP answers.
  expect((screen.getByRole('button', { name: 'Liberar (L)' }) as HTMLButtonElement).disabled).toBe(true);
});

test('another analyst released it first: the confirmation says who, and nothing is written twice', async () => {
  const id = insertOrder(2_000_00);
  const user = userEvent.setup();
  renderApp(<ReleaseView orderId={id} onBack={() => undefined} backLabel="Voltar à fila" />);
  await screen.findByTestId('client-position');
  const order = (await t.call(other, 'creditRelease.order', { orderId: id })) as {
    ok: true;
    value: { order: { version: string } };
  };
  const first = await t.call(other, 'creditRelease.release', {
    orderId: id,
    expectedVersion: order.value.order.version,
  });
  expect(first.ok).toBe(true);

  // This screen still shows the order as blocked; pressing L goes on from what it saw.
  await user.keyboard('l');
  const dialog = await screen.findByRole('dialog', { name: /Liberar o pedido PT/ });
  const confirm = within(dialog).getByRole('button', { name: 'Confirmar liberação' });
  if (!(confirm as HTMLButtonElement).disabled) await user.click(confirm);
  await waitFor(() =>
    expect(
      within(dialog).getAllByText(/(já foi liberado|Liberado) por Administrador Demo/).length,
    ).toBeGreaterThan(0),
  );
  expect(
    (within(dialog).getByRole('button', { name: 'Confirmar liberação' }) as HTMLButtonElement).disabled,
  ).toBe(true);
  expect(decisions(id)).toBe(1);
});

test('an order above the available balance offers the limit step, which replaces the confirmation and comes back', async () => {
  const id = insertOrder(900_000_000_00);
  const user = userEvent.setup();
  renderApp(<ReleaseView orderId={id} onBack={() => undefined} backLabel="Voltar à fila" />);
  await screen.findByTestId('client-position');
  await user.click(screen.getByRole('button', { name: 'Liberar (L)' }));
  const dialog = await screen.findByRole('dialog', { name: /Liberar o pedido PT/ });
  await user.click(await within(dialog).findByRole('button', { name: 'Aumentar o limite antes de liberar' }));
  const edit = await screen.findByRole('dialog', { name: 'Edição de situação/Limite de crédito' });
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  await user.click(within(edit).getByRole('button', { name: 'Agora não' }));
  expect(await screen.findByRole('dialog', { name: /Liberar o pedido PT/ })).toBeTruthy();
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
});

test('Liberar todos deste cliente lists every blocked order and the total in one confirmation', async () => {
  const ids = [insertOrder(1_000_00), insertOrder(2_500_00), insertOrder(500_00)];
  const user = userEvent.setup();
  renderApp(<ReleaseView orderId={ids[0] as number} onBack={() => undefined} backLabel="Voltar à fila" />);
  await screen.findByTestId('client-position');
  await user.click(
    await screen.findByRole('button', { name: /Liberar todos os pedidos bloqueados deste cliente/ }),
  );
  const dialog = await screen.findByRole('dialog', {
    name: 'Liberar todos os pedidos bloqueados deste cliente',
  });
  const list = await within(dialog).findByRole('list', { name: 'Pedidos que serão liberados' });
  const listed = within(list).getAllByRole('listitem');
  // Every order still waiting for a decision (the earlier tests' are decided or refused).
  const waiting = (
    t.core.db
      .prepare(
        `SELECT count(*) AS n FROM credit_orders o WHERE o.client_erp_code = ? AND o.credit_state = 'blocked'
           AND NOT EXISTS (SELECT 1 FROM credit_order_decisions d WHERE d.order_id = o.id AND d.state = 'waiting_erp')`,
      )
      .get(client.erp_code) as { n: number }
  ).n;
  expect(listed).toHaveLength(waiting);
  for (const number of keysOf(ids)) expect(list.textContent).toContain(number);
  const total = within(dialog).getByTestId('release-client-total').textContent ?? '';
  expect(total).toMatch(/R\$/);
  const button = within(dialog).getByRole('button', { name: `Liberar ${waiting} pedidos` });
  await user.click(button);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  for (const id of ids) expect(decisions(id)).toBe(1);
});
