import { useCallback } from 'react';
import type { HomeTab } from '../../../shared/ipc/dto/home';
import { useClientTabs } from '../clients/store';
import { useWorkspace } from '../workspace/store';

/** Opens a client on the tab a row of Meu dia is about (Atividades for an activity, Suporte for a ticket). */
export function openClientOnTab(clientId: number, tab?: HomeTab): void {
  if (tab) useClientTabs.getState().show(clientId, tab);
  useWorkspace.getState().openClient(clientId);
}

export const useOpenClient = () => useCallback(openClientOnTab, []);
