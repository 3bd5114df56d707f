/** Grupos de usuários: one schema for the group dialog and for groups.save. */
import { z } from 'zod';
import '../zod-locale';
import { ALL_PERMISSIONS, type Permission } from '../auth/permissions';
import { parseBRL } from '../domain/money';
import { id, requiredText } from '../ipc/channel-spec';

export const permissionList = z.array(z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]));

export const groupSaveSchema = z.object({
  id: id.optional(),
  name: requiredText('O nome do grupo', 80),
  permissions: permissionList,
  maxCreditIncreaseCents: z
    .number()
    .int('O aumento máximo deve ser em centavos inteiros.')
    .min(0, 'O aumento máximo não pode ser negativo.')
    .nullable()
    .default(null),
  // Liberação de crédito caps; omitted = keep what the group has (null = no cap).
  maxOrderReleaseCents: z
    .number()
    .int('O valor máximo de pedido deve ser em centavos inteiros.')
    .min(0, 'O valor máximo de pedido não pode ser negativo.')
    .max(100_000_000_000)
    .nullable()
    .optional(),
  mayReleaseOverdue: z.boolean().optional(),
});
export type GroupSave = z.output<typeof groupSaveSchema>;

const CAP_INVALID =
  'Aumento máximo inválido. Use um valor em reais, por exemplo 5.000,00, ou deixe em branco.';

const ORDER_CAP_INVALID =
  'Valor máximo de pedido inválido. Use um valor em reais, por exemplo 50.000,00, ou deixe em branco.';

/** A BRL amount as typed ("5.000,00"); blank → null ("sem teto"). */
export const optionalBRLText = (invalid: string) =>
  z.string().transform((v, ctx) => {
    if (v.trim() === '') return null;
    const cents = parseBRL(v);
    if (cents === null || cents < 0) {
      ctx.addIssue({ code: 'custom', message: invalid });
      return z.NEVER;
    }
    return cents;
  });

/** The dialog's fields as typed: the cap is reais text. */
export interface GroupFormValues {
  name: string;
  permissions: Permission[];
  maxCreditIncrease: string;
  /** Liberação de crédito: the largest order value the group may release, reais text. */
  maxOrderRelease: string;
  mayReleaseOverdue: boolean;
}

export const groupFormSchema = z
  .object({
    name: z.string(),
    permissions: permissionList,
    maxCreditIncrease: optionalBRLText(CAP_INVALID),
    maxOrderRelease: optionalBRLText(ORDER_CAP_INVALID),
    mayReleaseOverdue: z.boolean(),
  })
  .transform((f): z.input<typeof groupSaveSchema> => ({
    name: f.name,
    permissions: f.permissions,
    maxCreditIncreaseCents: f.maxCreditIncrease,
    maxOrderReleaseCents: f.maxOrderRelease,
    mayReleaseOverdue: f.mayReleaseOverdue,
  }))
  .pipe(groupSaveSchema.omit({ id: true }));
