import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { callOrThrow } from '../../renderer/lib/api';
import { errorMessage } from '../../renderer/lib/query';
import { ActivityDialog, type ActivityDraft } from '../../renderer/modules/clients/activities/ActivityDialog';
import { ContactDialog } from '../../renderer/modules/clients/contacts/ContactDialog';
import type { ContactFields } from '../../shared/ipc/dto/client-contacts';
import { messageFor } from '../../shared/ipc/messages';
import { createTestCore, type TestCore } from '../main/support/test-core';
import { installBridge, renderApp, useAs } from './support/render';

/**
 * Nothing typed is lost when the central database is unreachable: the activity and contact
 * dialogs keep what was typed when the save fails and offer it again ("Rascunho recuperado")
 * the next time they open for that client, until it is saved or discarded. Real core.
 */
let t: TestCore;
let agent: string;
beforeAll(async () => {
  t = await createTestCore({ clients: 10 });
  installBridge(t.registry, t.core.events);
  agent = await t.loginAs('ana');
  await useAs(agent);
});
afterAll(() => t.close());
afterEach(cleanup);

const UNREACHABLE = messageFor('floor.unreachable');
/** The central database is down until `online` is set; then saves reach the real core. */
let online = false;

function openContact(clientId: number) {
  let closed = false;
  renderApp(
    <ContactDialog
      contact={null}
      clientId={clientId}
      defaultCompany="Acme"
      onClose={() => (closed = true)}
      onSave={async (fields: ContactFields) => {
        if (!online) return UNREACHABLE;
        try {
          await callOrThrow('clientContacts.save', { clientId, fields });
          return null;
        } catch (e) {
          return errorMessage(e);
        }
      }}
    />,
  );
  return { dialog: () => screen.getByRole('dialog'), closed: () => closed };
}

test('a contact whose save failed comes back as a draft, and is gone once saved', async () => {
  online = false;
  const user = userEvent.setup();
  const first = openContact(5);
  expect(screen.queryByTestId('draft-recovered')).toBeNull();
  await user.type(screen.getByLabelText('Nome'), 'Maria Souza');
  await user.type(screen.getByLabelText('E-mail'), 'maria@acme.com.br');
  await user.click(within(first.dialog()).getByRole('button', { name: 'Salvar contato' }));
  expect(await within(first.dialog()).findByText(/^Sem conexão com o banco central/)).toBeTruthy();
  cleanup();

  // Opened again for the same client: what was typed is back.
  const second = openContact(5);
  expect(await screen.findByTestId('draft-recovered')).toBeTruthy();
  expect(screen.getByText('Rascunho recuperado')).toBeTruthy();
  expect((screen.getByLabelText('Nome') as HTMLInputElement).value).toBe('Maria Souza');
  expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('maria@acme.com.br');
  // Another client's dialog does not get it.
  cleanup();
  openContact(6);
  expect(screen.queryByTestId('draft-recovered')).toBeNull();
  expect((screen.getByLabelText('Nome') as HTMLInputElement).value).toBe('');
  cleanup();

  // The connection is back: the recovered draft is saved as typed, and closes the dialog.
  online = true;
  const third = openContact(5);
  await screen.findByTestId('draft-recovered');
  await user.click(screen.getByRole('button', { name: 'Salvar contato' }));
  await waitFor(() => expect(third.closed()).toBe(true));
  expect(second.closed()).toBe(false);
  expect(
    t.core.db.prepare("SELECT email FROM client_contacts WHERE client_id = 5 AND name = 'Maria Souza'").all(),
  ).toEqual([{ email: 'maria@acme.com.br' }]);
  cleanup();
  openContact(5);
  expect(screen.queryByTestId('draft-recovered')).toBeNull();
  expect((screen.getByLabelText('Nome') as HTMLInputElement).value).toBe('');
});

test('an activity draft comes back, and "Descartar rascunho" clears it', async () => {
  online = false;
  const user = userEvent.setup();
  const saves: ActivityDraft[] = [];
  const open = () =>
    renderApp(
      <ActivityDialog
        clientId={3}
        activity={null}
        onClose={() => undefined}
        onSave={async (draft) => {
          saves.push(draft);
          return UNREACHABLE;
        }}
      />,
    );
  open();
  await user.type(await screen.findByLabelText('Título'), 'Retornar sobre o boleto');
  await user.click(screen.getByRole('button', { name: 'Adicionar' }));
  expect(await screen.findByText(/^Sem conexão com o banco central/)).toBeTruthy();
  expect(saves).toHaveLength(1);
  cleanup();

  open();
  expect(await screen.findByText('Rascunho recuperado')).toBeTruthy();
  expect((screen.getByLabelText('Título') as HTMLInputElement).value).toBe('Retornar sobre o boleto');
  await user.click(screen.getByRole('button', { name: 'Descartar rascunho' }));
  expect((screen.getByLabelText('Título') as HTMLInputElement).value).toBe('');
  expect(screen.queryByTestId('draft-recovered')).toBeNull();
  cleanup();

  open();
  await screen.findByLabelText('Título');
  expect(screen.queryByTestId('draft-recovered')).toBeNull();
});
