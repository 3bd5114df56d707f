import { act, cleanup, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { ClientScreen } from '../../renderer/modules/clients/ClientScreen';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, renderApp, useAs } from './support/render';

/**
 * The header and Informações Financeiras show one credit picture: at every moment the page
 * passes through (every DOM change), both show the same limit, situation and pending mark, or
 * neither shows it yet — even when one of the finance answers is slow.
 */
let t: TestCore;
let admin: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 20 });
  installBridge(t.registry, t.core.events);
  admin = await t.loginAs('admin');
  await useAs(admin);
});
afterAll(() => t.close());
afterEach(cleanup);

/** Holds the answers of `channel` until released (a slow ERP, a busy main process). */
function holdAnswers(channel: string): { release(): void } {
  const api = window.api!;
  const invoke = api.invoke;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  api.invoke = async (c, input) => {
    const answer = await invoke(c, input);
    if (c === channel) await gate;
    return answer;
  };
  return {
    release: () => {
      api.invoke = invoke;
      open();
    },
  };
}

interface Moment {
  header: string | null;
  finance: string | null;
  headerPending: boolean;
  financePending: boolean;
}
const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
/** What each place claims: a limit shown as a value (not a loading mark) and its pending mark. */
const read = (): Moment => ({
  header:
    document.querySelector('[data-testid="header-credit-limit"]:not([aria-busy="true"])')?.textContent ??
    null,
  finance: text('fin-credit-limit'),
  headerPending: text('header-credit-pending') !== null,
  financePending: text('fin-credit-pending') !== null,
});
function recordMoments(): () => Moment[] {
  const moments: Moment[] = [read()];
  const observer = new MutationObserver(() => moments.push(read()));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => {
    observer.disconnect();
    return moments;
  };
}
function expectOnePicture(moments: Moment[]): void {
  for (const m of moments) {
    expect(m.header, JSON.stringify(m)).toBe(m.finance);
    expect(m.headerPending, JSON.stringify(m)).toBe(m.financePending);
  }
}

const limitOf = (id: number) =>
  t.core.db.prepare('SELECT credit_limit_cents FROM clients WHERE id = ?').pluck().get(id) as number;
async function changeLimit(id: number, cents: number): Promise<void> {
  const r = await t.call(admin, 'credit.update', {
    clientId: id,
    creditLimitCents: cents,
    creditStatus: 'ADIMPLENTE',
    expectedCreditLimitCents: limitOf(id),
    bureauQueryId: null,
    confirmLargeIncrease: true,
  });
  if (!r.ok) throw new Error(r.error.message);
}

test('opening a client whose change waits for the ERP: the header never shows the limit as confirmed', async () => {
  // No ERP is configured here: the change stays "aguardando confirmação do ERP".
  await changeLimit(3, 99_999_900);
  const slow = holdAnswers('finance.summary.cached');
  const stop = recordMoments();
  renderApp(<ClientScreen id={3} />);
  await waitFor(() => expect(text('client-name')).not.toBeNull());
  // The register has answered, the credit picture not yet.
  await new Promise((r) => setTimeout(r, 50));
  act(() => slow.release());
  await waitFor(() => expect(text('fin-credit-pending')).not.toBeNull());
  await waitFor(() => expect(text('header-credit-pending')).not.toBeNull());
  const moments = stop();
  expectOnePicture(moments);
  expect(moments.at(-1)!.header).toBe('R$ 999.999,00');
});

test('a change from another window while the live answer is slow: header and panel move together', async () => {
  renderApp(<ClientScreen id={4} />);
  await waitFor(() => expect(text('fin-credit-limit')).not.toBeNull());
  await waitFor(() => expect(text('header-credit-limit')).toBe(text('fin-credit-limit')));
  const slow = holdAnswers('finance.summary.refresh');
  const stop = recordMoments();
  await act(() => changeLimit(4, 12_345_600));
  await waitFor(() => expect(text('fin-credit-limit')).toBe('R$ 123.456,00'));
  act(() => slow.release());
  await waitFor(() => expect(text('header-credit-pending')).not.toBeNull());
  await new Promise((r) => setTimeout(r, 50));
  const moments = stop();
  expectOnePicture(moments);
  expect(moments.at(-1)).toMatchObject({
    header: 'R$ 123.456,00',
    headerPending: true,
    financePending: true,
  });
});
