/**
 * The Deps button's rules: one product rule for "Consulta Deps"'s form and for the channels that
 * query the bureau (bureau.query.run / fetchShared), so the dialog refuses what main would.
 */
import { z } from 'zod';
import { id } from '../ipc/channel-spec';
import { bureauProductId } from './bureau-settings.schema';

/** One key per confirmation dialog: repeats of the same click carry it, so the bureau is paid once. */
export const bureauIdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9-]{16,80}$/, 'Chave de consulta inválida; feche a janela e tente novamente.');

/** bureau.query.run's and bureau.query.fetchShared's input. */
export const bureauQueryRunSchema = z.object({
  clientId: id,
  productId: bureauProductId,
  idempotencyKey: bureauIdempotencyKey,
});

/** "Consulta Deps": the product to query with (the Consulta padrão comes pre-selected). */
export const depsProductFormSchema = z.object({
  productId: bureauProductId,
});

export type DepsProductFormValues = z.input<typeof depsProductFormSchema>;
