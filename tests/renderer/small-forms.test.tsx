import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { SupportTab } from '../../renderer/modules/clients/support/SupportTab';
import { AbcCutoffsForm } from '../../renderer/modules/panel/AbcCutoffsForm';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, invoked, renderApp, useAs } from './support/render';

/** Forms on react-hook-form with the channel's own schema: refused before main, saved when right. */
let t: TestCore;
let admin: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 5 });
  admin = await t.loginAs('admin');
  installBridge(t.registry, t.core.events);
  await useAs(admin);
});
afterAll(() => t.close());
afterEach(cleanup);

const clientId = () =>
  (t.core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 1').get() as { id: number }).id;

test('Nova solicitação de suporte: an empty description is refused in pt-BR; a typed one is opened', async () => {
  const user = userEvent.setup();
  renderApp(<SupportTab clientId={clientId()} />);
  await user.click(await screen.findByRole('button', { name: 'Adicionar solicitação de suporte' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nova solicitação de suporte' });
  const calls = invoked.length;
  await user.type(within(dialog).getByLabelText('Descrição'), '   ');
  await user.click(within(dialog).getByRole('button', { name: 'Abrir solicitação' }));
  expect(await within(dialog).findByText('Descreva a solicitação.')).toBeTruthy();
  expect(within(dialog).getByLabelText('Descrição').getAttribute('aria-invalid')).toBe('true');
  expect(invoked.slice(calls)).not.toContain('clientTickets.create');

  await user.type(within(dialog).getByLabelText('Descrição'), 'Segunda via do boleto de novembro');
  await user.click(within(dialog).getByRole('button', { name: 'Abrir solicitação' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const table = await screen.findByRole('table', { name: 'Solicitações de suporte' });
  expect(within(table).getByText('Segunda via do boleto de novembro')).toBeTruthy();
});

test('Cortes da curva ABC: A + B leaving nothing for C is refused before main; a good pair is saved', async () => {
  const user = userEvent.setup();
  renderApp(<AbcCutoffsForm cutoffs={{ a: 80, b: 15, c: 5 }} />);
  const form = await screen.findByRole('form', { name: 'Cortes da curva ABC' });
  const b = within(form).getByLabelText('Classe B (%)');
  await user.clear(b);
  await user.type(b, '20');
  expect(within(form).getByText('Classe C: 0%')).toBeTruthy();
  const calls = invoked.length;
  await user.click(within(form).getByRole('button', { name: 'Salvar e recalcular' }));
  expect(await within(form).findByText('A + B deve deixar pelo menos 1% para a classe C.')).toBeTruthy();
  await user.clear(b);
  await user.type(b, 'dez');
  await user.click(within(form).getByRole('button', { name: 'Salvar e recalcular' }));
  expect(await within(form).findByText('Informe um percentual inteiro, por exemplo 80.')).toBeTruthy();
  expect(invoked.slice(calls)).not.toContain('panel.abc.saveCutoffs');

  await user.clear(b);
  await user.type(b, '12');
  await user.click(within(form).getByRole('button', { name: 'Salvar e recalcular' }));
  await waitFor(() => expect(invoked.slice(calls)).toContain('panel.abc.saveCutoffs'));
  await waitFor(async () => {
    const r = await t.call(admin, 'panel.abc', {});
    expect(r.ok && r.value.cutoffs).toMatchObject({ a: 80, b: 12 });
  });
});
