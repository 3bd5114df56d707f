/** Usuários: one schema for the user dialog and for users.save (and the first-run administrator). */
import { z } from 'zod';
import '../zod-locale';
import { id, requiredText } from '../ipc/channel-spec';
import { optionalEmail } from './refinements';

export const password = z
  .string()
  .min(8, 'A senha deve ter pelo menos 8 caracteres.')
  .max(200, 'A senha deve ter no máximo 200 caracteres.');

export const login = z
  .string()
  .trim()
  .min(3, 'O login deve ter pelo menos 3 caracteres.')
  .max(60, 'O login deve ter no máximo 60 caracteres.')
  .regex(/^[a-zA-Z0-9._@-]+$/, 'O login aceita apenas letras sem acento, números e . _ @ -');

export const userSaveSchema = z.object({
  id: id.optional(),
  login,
  name: requiredText('O nome', 120),
  password: password.optional(),
  active: z.boolean().default(true),
  groupIds: z.array(id).max(50),
  // Blank or absent: no activity notifications by e-mail.
  email: optionalEmail
    .optional()
    .transform((v) => v ?? null)
    .pipe(z.string().max(200, 'O e-mail deve ter no máximo 200 caracteres.').nullable()),
});
export type UserSave = z.output<typeof userSaveSchema>;

/** The dialog's fields as typed: a blank password keeps the current one. */
export interface UserFormValues {
  name: string;
  login: string;
  email: string;
  password: string;
  active: boolean;
  groupIds: number[];
}

export const userFormSchema = z
  .object({
    name: z.string(),
    login: z.string(),
    email: z.string(),
    password: z.string(),
    active: z.boolean(),
    groupIds: z.array(z.number()),
  })
  .transform((f): z.input<typeof userSaveSchema> => ({
    ...f,
    password: f.password === '' ? undefined : f.password,
  }))
  .pipe(userSaveSchema.omit({ id: true }));
