/** Entrar and Primeiro acesso: one schema for each form and for auth.login / auth.setup. */
import { z } from 'zod';
import '../zod-locale';
import { requiredText } from '../ipc/channel-spec';
import { login, password } from './user.schema';

export const loginSchema = z.object({
  login: z.string().trim().min(1, 'Informe o login.').max(60, 'O login deve ter no máximo 60 caracteres.'),
  password: z.string().min(1, 'Informe a senha.').max(200, 'A senha deve ter no máximo 200 caracteres.'),
  keepSignedIn: z.boolean().default(false),
});
export type LoginInput = z.output<typeof loginSchema>;
export type LoginFormValues = z.input<typeof loginSchema>;

export const setupSchema = z.object({ name: requiredText('O nome', 120), login, password });
export type SetupInput = z.output<typeof setupSchema>;

export interface SetupFormValues {
  name: string;
  login: string;
  password: string;
  confirm: string;
}

/** The administrator's form: the two passwords must match before anything is sent. */
export const setupFormSchema = z
  .object({ name: z.string(), login: z.string(), password: z.string(), confirm: z.string() })
  .refine((f) => f.password === f.confirm, { message: 'As senhas não conferem.', path: ['confirm'] })
  .transform(({ name, login, password }) => ({ name, login, password }))
  .pipe(setupSchema);
