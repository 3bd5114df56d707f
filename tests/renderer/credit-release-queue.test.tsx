import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import type { CreditOrderRow } from '../../shared/ipc/dto/credit-release';
import { QueueTable } from '../../renderer/modules/credit-release/QueueTable';
import {
  INITIAL_QUEUE_STATE,
  closeQueueDialog,
  queueKeyDown,
  reconcileQueue,
  type QueueState,
} from '../../renderer/modules/credit-release/queueKeys';

/** The queue's keyboard (↑/↓, Enter, L, R) on the real virtualized table, as an analyst presses it. */
const order = (id: number): CreditOrderRow => ({
  orderId: id,
  number: `P${id}`,
  clientId: id,
  clientName: `Cliente ${id}`,
  clientErpCode: `C${id}`,
  date: '2026-11-30',
  ageDays: 2,
  valueCents: id * 1000,
  sellerCode: 'V1',
  sellerName: 'Vendedor Um',
  creditState: 'blocked',
  blockReason: 'limit_exceeded',
  erpStatus: 'ABERTO',
  version: '1',
  decision: null,
  decidedBy: null,
  decidedAt: null,
});

// happy-dom lays nothing out: give the scroll area a height so the virtualizer renders rows.
const sizes = ['clientHeight', 'clientWidth'] as const;
const original = sizes.map((k) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, k));
beforeAll(() => {
  for (const k of sizes)
    Object.defineProperty(HTMLElement.prototype, k, {
      configurable: true,
      get: () => (k === 'clientHeight' ? 600 : 1200),
    });
});
afterAll(() => {
  sizes.forEach((k, i) => {
    const d = original[i];
    if (d) Object.defineProperty(HTMLElement.prototype, k, d);
  });
});
afterEach(cleanup);

function Harness({ rows, onOpen }: { rows: CreditOrderRow[]; onOpen: (id: number) => void }) {
  const [state, setState] = useState<QueueState>(INITIAL_QUEUE_STATE);
  return (
    <>
      <QueueTable
        rows={rows}
        state={state}
        onState={setState}
        onOpen={onOpen}
        sort="date_desc"
        onSort={() => undefined}
        hasMore={false}
        onEndReached={() => undefined}
        empty="Nenhum pedido"
      />
      <output data-testid="dialog">
        {state.dialog ? `${state.dialog.kind}:${state.dialog.orderId}` : 'none'}
      </output>
      <button type="button" onClick={() => setState((s) => closeQueueDialog(s))}>
        fechar
      </button>
    </>
  );
}

const current = () => screen.getAllByRole('row').find((r) => r.getAttribute('aria-current') === 'true');
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

test('↑/↓ move the active row, Enter opens it, L and R ask for their confirmation and freeze the keys', async () => {
  const onOpen = vi.fn();
  render(<Harness rows={[1, 2, 3, 4].map(order)} onOpen={onOpen} />);
  const first = await screen.findByRole('row', { name: /Pedido P1,/ });
  act(() => first.focus());
  expect(current()?.getAttribute('aria-label')).toMatch(/P1,/);

  press('ArrowDown');
  press('ArrowDown');
  expect(current()?.getAttribute('aria-label')).toMatch(/P3,/);
  // Focus follows the keyboard, so the next key lands on the new row.
  await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/P3,/));
  press('ArrowUp');
  expect(current()?.getAttribute('aria-label')).toMatch(/P2,/);
  press('End');
  press('ArrowDown');
  expect(current()?.getAttribute('aria-label')).toMatch(/P4,/);

  await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/P4,/));
  press('Enter');
  expect(onOpen).toHaveBeenCalledTimes(1);
  expect(onOpen).toHaveBeenCalledWith(4);

  press('l');
  expect(screen.getByTestId('dialog').textContent).toBe('release:4');
  // While the confirmation is open the queue does not move and R does not stack a second one.
  press('ArrowUp');
  press('R');
  expect(screen.getByTestId('dialog').textContent).toBe('release:4');
  expect(current()?.getAttribute('aria-label')).toMatch(/P4,/);

  fireEvent.click(screen.getByRole('button', { name: 'fechar' }));
  act(() => current()?.focus());
  press('R');
  expect(screen.getByTestId('dialog').textContent).toBe('reject:4');
});

test('a sync adding orders on top and another analyst releasing the active one keep the agent in place', async () => {
  const { rerender } = render(<Harness rows={[10, 11, 12, 13].map(order)} onOpen={() => undefined} />);
  const p11 = await screen.findByRole('row', { name: /Pedido P11,/ });
  act(() => p11.focus());
  expect(current()?.getAttribute('aria-label')).toMatch(/P11,/);

  // New blocks arrive on top: still on P11, now the third row.
  rerender(<Harness rows={[20, 21, 10, 11, 12, 13].map(order)} onOpen={() => undefined} />);
  await vi.waitFor(() => expect(current()?.getAttribute('aria-label')).toMatch(/P11,/));
  expect(current()?.getAttribute('aria-rowindex')).toBe('5');

  // P11 was released elsewhere and left the queue: the next order is active, not the top one.
  rerender(<Harness rows={[20, 21, 10, 12, 13].map(order)} onOpen={() => undefined} />);
  await vi.waitFor(() => expect(current()?.getAttribute('aria-label')).toMatch(/P12,/));
});

test('the state machine: clamps at the ends, ignores unknown keys and an empty queue, falls back to the previous order', () => {
  const ids = [1, 2, 3];
  let s = queueKeyDown(INITIAL_QUEUE_STATE, ids, 'ArrowUp').state;
  expect(s.activeId).toBe(1);
  s = queueKeyDown(s, ids, 'PageDown').state;
  expect(s.activeId).toBe(3);
  expect(queueKeyDown(s, ids, 'x').handled).toBe(false);
  expect(queueKeyDown(INITIAL_QUEUE_STATE, [], 'ArrowDown').handled).toBe(false);
  // Without an active order, Enter/L/R do nothing (nothing is chosen yet).
  expect(queueKeyDown(INITIAL_QUEUE_STATE, ids, 'l').state.dialog).toBeNull();
  // The last order left: the one before it becomes active; the queue emptied: none.
  expect(reconcileQueue({ activeId: 3, dialog: null }, ids, [1, 2]).activeId).toBe(2);
  expect(reconcileQueue({ activeId: 3, dialog: null }, ids, []).activeId).toBeNull();
  // A confirmation stays open when its order leaves (the answer will say who decided it).
  const open: QueueState = { activeId: 2, dialog: { kind: 'release', orderId: 2 } };
  expect(reconcileQueue(open, ids, [1, 3]).dialog).toEqual(open.dialog);
});
