import { create } from 'zustand';
import type { ClientTabKey } from './clientTabs';

interface ClientTabsState {
  /** The tab last shown per open client, so Ctrl+Tab between clients lands where the agent left. */
  active: Record<number, ClientTabKey>;
  show(clientId: number, tab: ClientTabKey): void;
  /** Clients whose Detalhes form is open: Arquivos takes no new file meanwhile (seed 004). */
  editingDetails: Record<number, boolean>;
  setEditingDetails(clientId: number, editing: boolean): void;
}

export const useClientTabs = create<ClientTabsState>((set) => ({
  active: {},
  show: (clientId, tab) => set((s) => ({ active: { ...s.active, [clientId]: tab } })),
  editingDetails: {},
  setEditingDetails: (clientId, editing) =>
    set((s) => ({ editingDetails: { ...s.editingDetails, [clientId]: editing } })),
}));
