import { create } from 'zustand';
import { call } from '../../lib/api';

export type View =
  | { kind: 'home' }
  | { kind: 'client'; id: number }
  | { kind: 'contact'; id: number }
  | { kind: 'settings'; section?: string }
  | { kind: 'creditRelease' }
  | { kind: 'panel' };

interface WorkspaceState {
  openClientIds: number[];
  openContactIds: number[];
  view: View;
  restored: boolean;
  restore(): Promise<void>;
  openClient(id: number): void;
  closeClient(id: number): void;
  openContact(id: number): void;
  closeContact(id: number): void;
  cycle(delta: 1 | -1): void;
  show(view: View): void;
  reset(): void;
}

const activeId = (v: View) => (v.kind === 'client' ? v.id : null);

type Saved = Pick<WorkspaceState, 'openClientIds' | 'view'> & { openContactIds?: number[] };

/** A switch (Ctrl+Tab, a click on a tab) is saved once the agent settles, not on every step. */
const SWITCH_SAVE_DELAY_MS = 400;
let pendingSwitch: ReturnType<typeof setTimeout> | null = null;

function save(s: Saved) {
  void call('workspace.save', {
    openClientIds: s.openClientIds,
    activeClientId: activeId(s.view),
    openContactIds: s.openContactIds ?? useWorkspace.getState().openContactIds,
    activeContactId: s.view.kind === 'contact' ? s.view.id : null,
  });
}

/** Opening or closing a tab is saved at once (a restart must not bring a closed client back). */
function persist(s: Saved) {
  if (pendingSwitch) clearTimeout(pendingSwitch);
  pendingSwitch = null;
  save(s);
}

let pendingState: Saved | null = null;

/** Twenty Ctrl+Tabs in a row are one save of where the agent stopped, after the last one. */
function persistSwitch(s: Saved) {
  if (pendingSwitch) clearTimeout(pendingSwitch);
  pendingState = s;
  pendingSwitch = setTimeout(flushWorkspaceSave, SWITCH_SAVE_DELAY_MS);
}

/** Saves a switch still waiting for its delay (the window is closing or reloading). */
export function flushWorkspaceSave(): void {
  if (!pendingSwitch || !pendingState) return;
  clearTimeout(pendingSwitch);
  pendingSwitch = null;
  save(pendingState);
}
if (typeof window !== 'undefined') window.addEventListener('pagehide', flushWorkspaceSave);

/** Open client tabs; saved on every change (a switch once it settles) so they come back after a restart. */
export const useWorkspace = create<WorkspaceState>((set, get) => ({
  openClientIds: [],
  openContactIds: [],
  view: { kind: 'home' },
  restored: false,
  async restore() {
    const r = await call('workspace.get', {});
    if (!r.ok) return set({ restored: true });
    const { openClientIds, activeClientId, openContactIds, activeContactId } = r.value;
    const saved: View =
      activeClientId !== null
        ? { kind: 'client', id: activeClientId }
        : activeContactId !== null
          ? { kind: 'contact', id: activeContactId }
          : { kind: 'home' };
    // A screen the user already went to while the saved state was loading wins over it.
    const current = get().view;
    set({ openClientIds, openContactIds, view: current.kind === 'home' ? saved : current, restored: true });
  },
  openClient(id) {
    const ids = get().openClientIds.includes(id) ? get().openClientIds : [...get().openClientIds, id];
    const next = { openClientIds: ids, view: { kind: 'client', id } as View };
    set(next);
    persist(next);
    void call('clients.markOpened', { id });
  },
  closeClient(id) {
    const ids = get().openClientIds;
    const index = ids.indexOf(id);
    const remaining = ids.filter((x) => x !== id);
    const view = get().view;
    let nextView = view;
    if (view.kind === 'client' && view.id === id) {
      const neighbour = remaining[Math.min(index, remaining.length - 1)];
      nextView = neighbour !== undefined ? { kind: 'client', id: neighbour } : { kind: 'home' };
    }
    const next = { openClientIds: remaining, view: nextView };
    set(next);
    persist(next);
  },
  openContact(id) {
    const ids = get().openContactIds.includes(id) ? get().openContactIds : [...get().openContactIds, id];
    const next = {
      openClientIds: get().openClientIds,
      openContactIds: ids,
      view: { kind: 'contact', id } as View,
    };
    set(next);
    persist(next);
  },
  closeContact(id) {
    const remaining = get().openContactIds.filter((x) => x !== id);
    const view = get().view;
    const nextView: View = view.kind === 'contact' && view.id === id ? { kind: 'home' } : view;
    const next = { openClientIds: get().openClientIds, openContactIds: remaining, view: nextView };
    set(next);
    persist(next);
  },
  cycle(delta) {
    const ids = get().openClientIds;
    if (ids.length === 0) return;
    const current = activeId(get().view);
    const i = current === null ? -1 : ids.indexOf(current);
    const id = ids[(i + delta + ids.length) % ids.length] as number;
    const view: View = { kind: 'client', id };
    set({ view });
    persistSwitch({ openClientIds: ids, view });
  },
  show(view) {
    set({ view });
    if (view.kind !== 'settings' && view.kind !== 'panel')
      persistSwitch({ openClientIds: get().openClientIds, view });
  },
  reset() {
    // Where the agent stopped is saved before the session ends (logout right after a Ctrl+Tab).
    flushWorkspaceSave();
    set({ openClientIds: [], openContactIds: [], view: { kind: 'home' }, restored: false });
  },
}));
