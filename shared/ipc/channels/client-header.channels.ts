import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientHeaderSummary } from '../dto/client-header';

/** The client's summary header: ABC class and trend, restriction, consent. Every agent reads it. */
export const clientHeaderChannels = {
  'clientHeader.summary': channel<ClientHeaderSummary>()({
    input: z.object({ clientId: id }),
    kind: 'query',
  }),
};
