import {
  boletoFile,
  cachedFinancials,
  openBoletos,
  refreshFinancials,
} from '../services/finance/finance.service';
import { defineHandlers } from './registry';

export const financeHandlers = defineHandlers({
  'finance.summary.cached': ({ core }, { clientId }) => cachedFinancials(core, clientId),
  'finance.summary.refresh': ({ core }, { clientId }) => refreshFinancials(core, clientId),
  'finance.boletos.list': ({ core }, { clientId }) => openBoletos(core, clientId),
  'finance.boletos.pdf': ({ core }, { clientId, boletoId }) => boletoFile(core, clientId, boletoId),
});
