/**
 * The renderer's only door to main: `window.api.invoke(channel, input)` and
 * `window.api.on(event, listener)`, typed from shared/ipc/contract.ts. No Node objects cross.
 */
import { contextBridge, ipcRenderer } from 'electron';

const INVOKE_CHANNEL = 'central:invoke';
const EVENT_CHANNEL = 'central:event';

contextBridge.exposeInMainWorld('api', {
  transport: 'electron',
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  on: (event: string, listener: (payload: unknown) => void) => {
    const wrapped = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => void ipcRenderer.off(EVENT_CHANNEL, wrapped);
  },
});
