import { parseScreenPopLink, type ClientRef } from '../../../../shared/domain/screen-pop-link';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { ScreenPopOutcome } from '../../../../shared/ipc/dto/home';
import { messageFor } from '../../../../shared/ipc/messages';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { findClientIdByErpCode } from '../../db/repos/clients.repo';
import { insertInboundCall } from '../../db/repos/inbound-calls.repo';
import { clientIdsByDocument, clientsByPhone } from '../../db/repos/screen-pop.repo';

/** F9 lists at most this many matches of one number; more is a shared switchboard anyway. */
const PHONE_MATCH_LIMIT = 20;

function clientIdFor(core: Core, ref: ClientRef): number | undefined {
  if (ref.by === 'erpCode') return findClientIdByErpCode(core.db, ref.value);
  // A document is unique in practice; a duplicate in the ERP opens the first, like F9 would list it first.
  return clientIdsByDocument(core.db, ref.value)[0] ?? findClientIdByErpCode(core.db, ref.value);
}

/**
 * Opens a central:// link for this agent. A client link opens the client; a call is recorded as
 * a draft (persisted before anything is shown, so a closed window loses no call), then opens
 * the one client with that number, or F9 with the number typed in for none or several.
 */
export function openScreenPop(core: Core, user: SessionUser, link: string): ScreenPopOutcome {
  const parsed = parseScreenPopLink(link);
  if (!parsed.ok) throw new AppFailure('home.linkInvalid', { reason: parsed.reason });
  const target = parsed.target;
  if (target.kind === 'client') {
    const clientId = clientIdFor(core, target.ref);
    if (clientId === undefined) throw new AppFailure('home.clientNotFound', { ref: target.ref.value });
    return { kind: 'client', clientId, tab: 'details', draftId: null };
  }
  const at = core.now().toISOString();
  return core.db.transaction((): ScreenPopOutcome => {
    const matches = clientsByPhone(core.db, target.phone, PHONE_MATCH_LIMIT);
    const only = matches.length === 1 ? matches[0] : undefined;
    const draftId = insertInboundCall(core.db, {
      userId: user.id,
      phone: target.phone,
      clientId: only?.clientId ?? null,
      at,
    });
    if (only)
      return {
        kind: 'client',
        clientId: only.clientId,
        tab: only.viaContact ? 'contacts' : 'details',
        draftId,
      };
    return {
      kind: 'search',
      query: target.phone,
      matches: matches.length,
      notice: matches.length === 0 ? messageFor('home.noClientForPhone') : null,
      draftId,
    };
  })();
}

/** Links the Electron shell received (argv, second start, open-url) for the next window that asks. */
export function takePendingScreenPops(core: Core): string[] {
  return core.state.screenPops.splice(0);
}

/** Called by the Electron shell: queue the link and tell the windows to take it. */
export function deliverScreenPop(core: Core, link: string): void {
  core.state.screenPops.push(link);
  core.events.emit('home.screenPopRequested', {});
}
