import { clientHeaderSummary } from '../services/clients/client-header.service';
import { defineHandlers } from './registry';

export const clientHeaderHandlers = defineHandlers({
  'clientHeader.summary': ({ core }, { clientId }) => clientHeaderSummary(core, clientId),
});
