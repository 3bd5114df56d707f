import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { BoletoFile, FinancialSnapshot, OpenBoletos } from '../dto/finance';

const boletoId = z
  .string()
  .trim()
  .min(1, 'Informe o boleto.')
  .max(60, 'Identificador de boleto inválido.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Identificador de boleto inválido.');

// Reading financial information is a query: the refresh only updates the local cache of the ERP.
export const financeChannels = {
  'finance.summary.cached': channel<FinancialSnapshot>()({
    input: z.object({ clientId: id }),
    kind: 'query',
  }),
  'finance.summary.refresh': channel<FinancialSnapshot>()({
    input: z.object({ clientId: id }),
    kind: 'query',
  }),
  'finance.boletos.list': channel<OpenBoletos>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'finance.boletos.pdf': channel<BoletoFile>()({
    input: z.object({ clientId: id, boletoId }),
    kind: 'query',
  }),
};
