import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showcaseClientId, value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
let agent: string;

beforeAll(async () => {
  t = await createTestCore({ clients: 50 });
  agent = await t.loginAs('ana');
});
afterAll(() => t.close());

describe('contact tabs in the saved workspace', () => {
  it('come back after a restart; a contact removed meanwhile is dropped', async () => {
    const clientId = showcaseClientId(t);
    const [a, b] = value(await t.call(agent, 'clientContacts.list', { clientId }));
    value(
      await t.call(agent, 'workspace.save', {
        openClientIds: [clientId],
        activeClientId: null,
        openContactIds: [a!.id, b!.id],
        activeContactId: b!.id,
      }),
    );
    expect(value(await t.call(agent, 'workspace.get', {}))).toEqual({
      openClientIds: [clientId],
      activeClientId: null,
      openContactIds: [a!.id, b!.id],
      activeContactId: b!.id,
    });
    t.core.db.prepare('DELETE FROM client_contacts WHERE id = ?').run(b!.id);
    value(
      await t.call(agent, 'workspace.save', {
        openClientIds: [clientId],
        activeClientId: null,
        openContactIds: [a!.id, b!.id],
        activeContactId: b!.id,
      }),
    );
    expect(value(await t.call(agent, 'workspace.get', {}))).toMatchObject({
      openContactIds: [a!.id],
      activeContactId: null,
    });
    const gone = await t.call(agent, 'clientContacts.get', { id: b!.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
  });

  it('a workspace saved before contact tabs existed reads with none open', async () => {
    const user = t.core.db.prepare("SELECT id FROM users WHERE login = 'ana'").get() as { id: number };
    t.core.db
      .prepare('UPDATE user_workspace SET state = ? WHERE user_id = ?')
      .run(JSON.stringify({ openClientIds: [], activeClientId: null }), user.id);
    expect(value(await t.call(agent, 'workspace.get', {}))).toEqual({
      openClientIds: [],
      activeClientId: null,
      openContactIds: [],
      activeContactId: null,
    });
  });
});
