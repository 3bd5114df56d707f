import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Client } from '../../shared/ipc/dto/clients';
import { ClientHeader } from '../../renderer/modules/clients/ClientHeader';
import { ContactsTab } from '../../renderer/modules/clients/contacts/ContactsTab';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, renderApp, useAs } from './support/render';

/** The summary header's flags and the actions a blocked channel turns off, against a real core. */
let t: TestCore;
let agent: string;
let clientId: number;
beforeAll(async () => {
  t = await createTestCore({ clients: 40 });
  agent = await t.loginAs('ana');
  installBridge(t.registry);
  clientId = t.core.db
    .prepare('SELECT client_id FROM client_contacts WHERE email IS NOT NULL GROUP BY client_id LIMIT 1')
    .pluck()
    .get() as number;
});
afterAll(() => t.close());
afterEach(cleanup);

async function client(): Promise<Client> {
  const r = await t.call(agent, 'clients.get', { id: clientId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('an allowed client reads "Discagens liberadas" and "Mensagens liberadas", with its class and trend', async () => {
  t.core.db
    .prepare(
      `UPDATE clients SET calls_allowed = 1, messages_allowed = 1, consent_changed_by = NULL, consent_changed_at = NULL,
         client_group = NULL, erp_abc_class = NULL, abc_class = 'C' WHERE id = ?`,
    )
    .run(clientId);
  t.core.db
    .prepare(
      `INSERT OR REPLACE INTO client_abc (client_id, computed_class, class, revenue_cents, previous_revenue_cents,
         trend_pct, month, last_month_class, computed_at) VALUES (?, 'C', 'C', 72, 100, -28, '2026-12', NULL, ?)`,
    )
    .run(clientId, new Date().toISOString());
  await useAs(agent);
  renderApp(<ClientHeader client={await client()} snapshot={null} />);
  const flags = await screen.findByRole('list', { name: 'Antes de ligar ou escrever' });
  expect(within(flags).getByText('Sem grupo')).toBeTruthy();
  expect(within(flags).getByText(/Sem restrição|Com restrição/)).toBeTruthy();
  expect(within(flags).getByText('Discagens liberadas')).toBeTruthy();
  expect(within(flags).getByText('Mensagens liberadas')).toBeTruthy();
  expect(screen.getByTestId('header-abc').textContent).toBe('C↓ -28%');
});

test('blocked messages: the header says who blocked it and "Enviar e-mail" is off with the reason', async () => {
  t.core.db
    .prepare(
      `UPDATE clients SET calls_allowed = 0, messages_allowed = 0, consent_changed_by = 'Marta Lopes',
         consent_changed_at = '2026-11-30T13:00:00.000Z' WHERE id = ?`,
    )
    .run(clientId);
  await useAs(agent);
  renderApp(
    <>
      <ClientHeader client={await client()} snapshot={null} />
      <ContactsTab clientId={clientId} />
    </>,
  );
  const flags = await screen.findByRole('list', { name: 'Antes de ligar ou escrever' });
  expect(within(flags).getByText('Discagens bloqueadas')).toBeTruthy();
  expect(within(flags).getByText('Mensagens bloqueadas')).toBeTruthy();
  expect(within(flags).getAllByText(/Marta Lopes, 30\/11\/2026 10:00/).length).toBe(2);
  const reason = await screen.findByTestId('contacts-messages-blocked');
  expect(reason.textContent).toContain('Mensagens bloqueadas para este cliente');
  const send = screen.getByRole('button', { name: /Enviar e-mail/ }) as HTMLButtonElement;
  expect(send.disabled).toBe(true);
  expect(send.getAttribute('aria-describedby')).toBe('contacts-messages-blocked');
});
