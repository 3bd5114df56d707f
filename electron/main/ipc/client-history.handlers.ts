import { clientHistory } from '../services/clients/client-history.service';
import { defineHandlers } from './registry';

export const clientHistoryHandlers = defineHandlers({
  'clientHistory.list': ({ core }, input) => clientHistory(core, input),
});
