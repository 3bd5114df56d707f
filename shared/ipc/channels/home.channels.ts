import { z } from 'zod';
import { channel, empty, id } from '../channel-spec';
import type { AgentDay, CallDraft, ScreenPopOutcome } from '../dto/home';
import { activityTitle } from '../../forms/activity.schema';

// Meu dia is each agent's own list; recording a received call is every agent's work.
export const homeChannels = {
  'home.day': channel<AgentDay>()({ input: empty, kind: 'query' }),
  /** Links the telephony sent to this console (Electron) before a window could take them. */
  'home.screenPop.pending': channel<string[]>()({ input: empty, kind: 'session' }),
  /** Opens a central:// link: resolves the client or the phone and records a call draft. */
  'home.screenPop.open': channel<ScreenPopOutcome>()({
    input: z.object({ link: z.string().max(2_000, 'O link é longo demais.') }),
    kind: 'mutation',
    anyUser: true,
  }),
  /** The client the agent found in F9 for a call that matched none or several. */
  'home.callDrafts.attach': channel<CallDraft>()({
    input: z.object({ id, clientId: id }),
    kind: 'mutation',
    anyUser: true,
  }),
  'home.callDrafts.confirm': channel<CallDraft>()({
    input: z.object({ id, title: activityTitle.optional() }),
    kind: 'mutation',
    anyUser: true,
  }),
  'home.callDrafts.discard': channel<CallDraft>()({
    input: z.object({ id }),
    kind: 'mutation',
    anyUser: true,
  }),
};
