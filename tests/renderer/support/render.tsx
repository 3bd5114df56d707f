import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QueryProvider } from '../../../renderer/app/QueryProvider';
import { createQueryClient } from '../../../renderer/lib/query';
import { useAuth } from '../../../renderer/modules/auth/store';
import type { EventBus } from '../../../electron/main/core-types';
import type { Registry } from '../../../electron/main/ipc/registry';

/**
 * The renderer's bridge (window.api) served by a real core's registry in this process: the same
 * path both transports take, as the session `sessionKey`. Set before the first call (the api
 * module keeps the bridge it found first), then `useAs` switches the session.
 */
let session = '';
/** Every channel the renderer called, in order (to tell a cached paint from a new read). */
export const invoked: string[] = [];
export function installBridge(registry: Registry, events?: EventBus): void {
  window.api = {
    transport: 'web',
    invoke: (channel, input) => {
      invoked.push(channel);
      return registry.invoke(channel, input, { sessionKey: session });
    },
    // Main's events as the transports deliver them (scope is the transports' concern).
    on: (event, listener) =>
      events?.subscribe((name, payload) => name === event && listener(payload)) ?? (() => undefined),
  };
}

/** Makes `sessionKey` the caller and loads its user into the auth store (permissions, cap). */
export async function useAs(sessionKey: string): Promise<void> {
  session = sessionKey;
  await useAuth.getState().load();
}

/** Renders inside a fresh server-state cache, as the app does. */
export function renderApp(ui: ReactNode): RenderResult {
  return render(<QueryProvider client={createQueryClient()}>{ui}</QueryProvider>);
}
