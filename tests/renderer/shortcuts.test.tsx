import { expect, test } from 'vitest';
import { globalActionFor, shortcutsFor, SHORTCUTS } from '../../renderer/app/shortcuts';
import { CLIENT_TABS, tabForKeyCode } from '../../renderer/modules/clients/clientTabs';

/** The sheet and the key handlers read one list: what the sheet says is what the keys do. */
const press = (key: string, init: KeyboardEventInit = {}, target?: HTMLElement) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  if (target) {
    document.body.append(target);
    target.dispatchEvent(e);
    target.remove();
  }
  return e;
};

test('every console-wide key the sheet lists runs its action, and only those keys do', () => {
  const listed = SHORTCUTS.filter((s) => s.action);
  expect(listed.map((s) => s.action).sort()).toEqual(
    ['help.open', 'search.open', 'workspace.close', 'workspace.next', 'workspace.previous'].sort(),
  );
  expect(globalActionFor(press('F9'))).toBe('search.open');
  expect(globalActionFor(press('F1'))).toBe('help.open');
  expect(globalActionFor(press('w', { ctrlKey: true }))).toBe('workspace.close');
  expect(globalActionFor(press('Tab', { ctrlKey: true }))).toBe('workspace.next');
  expect(globalActionFor(press('Tab', { ctrlKey: true, shiftKey: true }))).toBe('workspace.previous');
  expect(globalActionFor(press('x'))).toBeUndefined();
});

test('"?" asks for help outside a field, and is text inside one', () => {
  let seen: string | undefined;
  const input = document.createElement('input');
  input.addEventListener('keydown', (e) => (seen = globalActionFor(e)));
  press('?', {}, input);
  expect(seen).toBeUndefined();
  const div = document.createElement('div');
  div.addEventListener('keydown', (e) => (seen = globalActionFor(e)));
  press('?', {}, div);
  expect(seen).toBe('help.open');
});

test('the client sheet lists every Alt key the client screen answers to', () => {
  const { screen } = shortcutsFor('client');
  for (const tab of CLIENT_TABS) {
    const row = screen.find((s) => s.label === `Aba ${tab.label}`);
    expect(row?.keys).toEqual([tab.hint]);
    // Alt+1 … Alt+0 are digit keys; Alt+P (Pedidos) a letter key.
    const key = (tab.hint ?? '').replace('Alt+', '');
    expect(tabForKeyCode(/^\d$/.test(key) ? `Digit${key}` : `Key${key}`)).toBe(tab.key);
  }
  expect(shortcutsFor('home').screen.map((s) => s.keys[0])).toContain('Enter');
});
