import { ipcMain, type WebContents } from 'electron';
import type { EventBus } from '../core-types';
import { isAppUrl } from '../security/window-policy';
import type { Registry } from './registry';

export const INVOKE_CHANNEL = 'central:invoke';
export const EVENT_CHANNEL = 'central:event';

/**
 * Serves the registry over Electron IPC. Calls are accepted only from the app's own top
 * frame: a foreign page or an iframe that somehow loaded cannot reach a handler.
 */
export function registerElectronTransport(
  registry: Registry,
  events: EventBus,
  windows: () => WebContents[],
  devServerUrl?: string,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Origem não autorizada.' } };
    }
    return registry.invoke(String(channel), input, {
      sessionKey: `electron:${event.sender.id}`,
      source: 'janela local',
    });
  });
  events.subscribe((name, payload) => {
    for (const wc of windows()) if (!wc.isDestroyed()) wc.send(EVENT_CHANNEL, name, payload);
  });
}
