import { ipcMain, type WebContents } from 'electron';
import type { EventBus } from '../core-types';
import { isAppUrl } from '../security/window-policy';
import type { DeviceSlot } from '../services/auth/device-slot';
import { eventIsFor } from './event-scope';
import type { Registry } from './registry';

export interface ElectronTransportOptions {
  windows: () => WebContents[];
  devServerUrl?: string;
  /** "Manter conectado" slot of a window's session profile (per partition, not per window). */
  deviceFor: (wc: WebContents) => DeviceSlot | undefined;
  userIdFor: (sessionKey: string) => number | null;
}

export const INVOKE_CHANNEL = 'central:invoke';
export const EVENT_CHANNEL = 'central:event';

/**
 * Serves the registry over Electron IPC. Calls are accepted only from the app's own top
 * frame: a foreign page or an iframe that somehow loaded cannot reach a handler.
 */
export function registerElectronTransport(
  registry: Registry,
  events: EventBus,
  opts: ElectronTransportOptions,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, opts.devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Origem não autorizada.' } };
    }
    return registry.invoke(String(channel), input, {
      sessionKey: sessionKeyOf(event.sender),
      source: 'janela local',
      device: opts.deviceFor(event.sender),
    });
  });
  events.subscribe((name, payload, scope) => {
    for (const wc of opts.windows()) {
      if (wc.isDestroyed()) continue;
      const key = sessionKeyOf(wc);
      if (eventIsFor(scope, key, opts.userIdFor(key))) wc.send(EVENT_CHANNEL, name, payload);
    }
  });
}

const sessionKeyOf = (wc: WebContents): string => `electron:${wc.id}`;
