/** Conexão com o ERP: one schema for the form and for erp.settings.save. */
import { z } from 'zod';
import '../zod-locale';
import { syncTime } from './integration-schedule.schema';

// No user:password@ in the address: the token is the one credential, kept by the secret store.
const baseUrl = z
  .string()
  .trim()
  .max(500, 'O endereço deve ter no máximo 500 caracteres.')
  .refine((v) => {
    if (v === '') return true;
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Informe o endereço do ERP começando com http:// ou https://.');

const token = z.string().trim().max(2000, 'O token deve ter no máximo 2000 caracteres.');

export const erpSettingsSchema = z.object({
  baseUrl,
  token: token.default(''),
  syncTime: syncTime('Informe o horário no formato HH:MM (00:00 a 23:59).'),
});

/**
 * What the form edits; the Agendamento is edited in Informações Gerais. A policy-locked address
 * is a disabled field, which the form library leaves out.
 */
export const erpConnectionFormSchema = z.object({ baseUrl: baseUrl.optional(), token });
export type ErpConnectionFormValues = z.input<typeof erpConnectionFormSchema>;
