import { messageFor } from '../../../shared/ipc/messages';
import type { ClientHeaderSummary } from '../../../shared/ipc/dto/client-header';
import { useChannelQuery } from '../../lib/query';

/** The summary header's flags; the header, the e-mail and call actions read the same cached answer. */
export const useClientHeaderSummary = (clientId: number) =>
  useChannelQuery('clientHeader.summary', { clientId });

export interface ChannelBlock {
  blocked: boolean;
  /** Why, in the catalog's words (who changed it in the ERP and when); null when allowed. */
  reason: string | null;
}

const blockOf = (summary: ClientHeaderSummary | undefined, channel: 'calls' | 'messages'): ChannelBlock => {
  const c = summary?.consent;
  if (!c) return { blocked: false, reason: null };
  const allowed = channel === 'calls' ? c.callsAllowed : c.messagesAllowed;
  if (allowed) return { blocked: false, reason: null };
  const details = { by: c.changedBy, at: c.changedAt };
  return {
    blocked: true,
    reason: messageFor(channel === 'calls' ? 'consent.callsBlocked' : 'consent.messagesBlocked', details),
  };
};

/** "Discagens/Mensagens bloqueadas": the console's own call and e-mail actions follow the ERP's consent. */
export function useClientConsent(clientId: number): { calls: ChannelBlock; messages: ChannelBlock } {
  const { data } = useClientHeaderSummary(clientId);
  return { calls: blockOf(data, 'calls'), messages: blockOf(data, 'messages') };
}
