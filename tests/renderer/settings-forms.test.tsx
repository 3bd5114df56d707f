import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { EmailSection } from '../../renderer/modules/settings/EmailSection';
import { GroupDialog } from '../../renderer/modules/settings/GroupDialog';
import { ReceivablesSection } from '../../renderer/modules/settings/ReceivablesSection';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/**
 * Configurações forms against a real core: what the shared schema refuses never reaches main,
 * what main refuses keeps what the administrator typed, and a save lands in the database.
 */
let t: TestCore;
let admin: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 10 });
  admin = await t.loginAs('admin');
  installBridge(t.registry, t.core.events);
  await useAs(admin);
});
afterAll(() => t.close());
afterEach(cleanup);

const savedEmail = async () => {
  const r = await t.call(admin, 'email.settings.get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

test('E-mail: a refused certificate keeps every typed field; a good save is stored and shown', async () => {
  const user = userEvent.setup();
  renderApp(<EmailSection />);
  const form = await screen.findByRole('form', { name: 'E-mail' });
  const host = within(form).getByLabelText('Servidor SMTP');
  await user.clear(host);
  await user.type(host, 'smtp.exemplo.com.br');
  const port = within(form).getByLabelText('Porta');
  await user.clear(port);
  await user.type(port, '2525');
  await user.type(within(form).getByLabelText('Usuário'), 'central');
  await user.type(within(form).getByLabelText('Endereço do remetente'), 'central@exemplo.com.br');
  await user.upload(
    within(form).getByLabelText('Importar CA (PEM)'),
    new File(['isto não é um certificado'], 'ca.pem', { type: 'application/x-pem-file' }),
  );
  await user.click(within(form).getByRole('button', { name: 'Salvar' }));

  // Main refuses the file; nothing is stored and what was typed is still there.
  expect(await within(form).findByRole('alert')).toBeTruthy();
  expect((await savedEmail()).host).not.toBe('smtp.exemplo.com.br');
  expect((host as HTMLInputElement).value).toBe('smtp.exemplo.com.br');
  expect((port as HTMLInputElement).value).toBe('2525');
  expect((within(form).getByLabelText('Usuário') as HTMLInputElement).value).toBe('central');

  await user.click(within(form).getByRole('button', { name: 'Remover CA' }));
  await user.click(within(form).getByRole('button', { name: 'Salvar' }));
  expect(await within(form).findByText('Configurações salvas.')).toBeTruthy();
  const saved = await savedEmail();
  expect(saved).toMatchObject({ host: 'smtp.exemplo.com.br', port: 2525, user: 'central' });
  expect((host as HTMLInputElement).value).toBe('smtp.exemplo.com.br');
});

test('E-mail: a bad address is refused by the shared schema before anything is sent', async () => {
  const user = userEvent.setup();
  renderApp(<EmailSection />);
  const form = await screen.findByRole('form', { name: 'E-mail' });
  const from = within(form).getByLabelText('Endereço do remetente');
  await user.clear(from);
  await user.type(from, 'central@');
  const before = invoked.length;
  await user.click(within(form).getByRole('button', { name: 'Salvar' }));
  expect(await within(form).findByText('Informe um endereço de e-mail válido.')).toBeTruthy();
  expect(invoked.slice(before)).not.toContain('email.settings.save');
  // "Enviar e-mail de teste" checks the test address with the same rules.
  await user.click(within(form).getByRole('button', { name: 'Enviar e-mail de teste' }));
  expect(within(form).getAllByText('Informe um endereço de e-mail válido.').length).toBeGreaterThan(1);
  expect(invoked.slice(before)).not.toContain('email.settings.test');
});

test('Grupo: an unreadable cap says how to write it; a good one is saved in centavos', async () => {
  const user = userEvent.setup();
  let saved = 0;
  renderApp(<GroupDialog group={null} onClose={() => undefined} onSaved={() => saved++} />);
  const dialog = await screen.findByRole('dialog', { name: 'Novo grupo' });
  await user.type(within(dialog).getByLabelText('Nome do grupo'), 'Supervisão');
  await user.click(within(dialog).getByRole('checkbox', { name: 'Clientes - Editar cadastro' }));
  const cap = within(dialog).getByLabelText(/Aumento máximo de limite/);
  await user.type(cap, 'cinco mil');
  await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
  expect(await within(dialog).findByText(/Aumento máximo inválido/)).toBeTruthy();
  expect(saved).toBe(0);

  await user.clear(cap);
  await user.type(cap, '5.000,00');
  await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
  await waitFor(() => expect(saved).toBe(1));
  const row = t.core.db
    .prepare("SELECT max_credit_increase_cents AS cap FROM user_groups WHERE name = 'Supervisão'")
    .get() as { cap: number } | undefined;
  expect(row?.cap).toBe(500_000);
});

test('Grupo: the Liberação de crédito caps are saved and reopen as they were saved', async () => {
  const user = userEvent.setup();
  let saved = 0;
  const view = renderApp(<GroupDialog group={null} onClose={() => undefined} onSaved={() => saved++} />);
  const dialog = await screen.findByRole('dialog', { name: 'Novo grupo' });
  await user.type(within(dialog).getByLabelText('Nome do grupo'), 'Analistas de crédito');
  await user.type(within(dialog).getByLabelText(/Valor máximo de pedido/), '50.000,00');
  await user.click(
    within(dialog).getByRole('checkbox', { name: 'Pode liberar pedidos de cliente com títulos vencidos' }),
  );
  await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));
  await waitFor(() => expect(saved).toBe(1));
  const row = t.core.db
    .prepare(
      "SELECT max_order_release_cents AS cap, may_release_overdue AS overdue FROM user_groups WHERE name = 'Analistas de crédito'",
    )
    .get() as { cap: number; overdue: number } | undefined;
  expect(row).toEqual({ cap: 5_000_000, overdue: 0 });
  view.unmount();

  const groups = await t.call(admin, 'groups.list', {});
  if (!groups.ok) throw new Error(groups.error.message);
  const stored = groups.value.find((g) => g.name === 'Analistas de crédito');
  if (!stored) throw new Error('grupo não encontrado');
  renderApp(<GroupDialog group={stored} onClose={() => undefined} onSaved={() => undefined} />);
  const reopened = await screen.findByRole('dialog', { name: 'Grupo Analistas de crédito' });
  expect((within(reopened).getByLabelText(/Valor máximo de pedido/) as HTMLInputElement).value).toMatch(
    /50\.000,00$/,
  );
  expect(
    within(reopened)
      .getByRole('checkbox', { name: 'Pode liberar pedidos de cliente com títulos vencidos' })
      .getAttribute('aria-checked'),
  ).toBe('false');
});

test('Contas a receber: hours out of range are refused in pt-BR; a valid limit is saved and shown', async () => {
  const user = userEvent.setup();
  renderApp(<ReceivablesSection />);
  const hours = await screen.findByLabelText('Tempo máximo sem sucesso (horas)');
  const form = screen.getByRole('form', { name: 'Tempo máximo sem sucesso' });
  await user.clear(hours);
  await user.type(hours, '0');
  await user.click(within(form).getByRole('button', { name: 'Salvar limite' }));
  expect(await screen.findByText('O tempo máximo sem sucesso deve ser de pelo menos 1 hora.')).toBeTruthy();

  await user.clear(hours);
  await user.type(hours, '48');
  await user.click(within(form).getByRole('button', { name: 'Salvar limite' }));
  await waitFor(async () => {
    const r = await t.call(admin, 'receivables.status', {});
    expect(r.ok && r.value.maxHoursWithoutSuccess).toBe(48);
  });
  // Saved: the field shows the stored value and the button waits for a change.
  await waitFor(() =>
    expect((within(form).getByRole('button', { name: 'Salvar limite' }) as HTMLButtonElement).disabled).toBe(
      true,
    ),
  );
  expect((hours as HTMLInputElement).value).toBe('48');
});
