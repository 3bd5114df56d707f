import type { ClientPart } from '../../../../shared/ipc/dto/client-events';
import type { Core } from '../../core-types';

/**
 * Tells every logged-in window that a client changed (client data is shared by the floor, so no
 * narrower scope). Call it after the change committed, never inside a sync page writer: the page
 * loop may run in a worker, and one event per page row would flood the windows.
 */
export function emitClientChanged(core: Core, clientId: number | null, parts: ClientPart[]): void {
  core.events.emit('client.changed', { clientId, parts });
}
