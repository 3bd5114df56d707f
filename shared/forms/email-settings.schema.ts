/** Configurações → E-mail: one schema for the form and for email.settings.save / .test. */
import { z } from 'zod';
import '../zod-locale';
import type { SmtpSecurity } from '../ipc/dto/email';

export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const satisfies readonly SmtpSecurity[];

/** The choices of "Segurança", each with the port it usually goes with. */
export const SMTP_SECURITY_OPTIONS: readonly { value: SmtpSecurity; label: string; port: number }[] = [
  { value: 'starttls', label: 'STARTTLS (porta 587)', port: 587 },
  { value: 'tls', label: 'TLS direto (porta 465)', port: 465 },
  { value: 'none', label: 'Nenhuma (só servidor neste computador)', port: 25 },
];

const address = z.email({ message: 'Informe um endereço de e-mail válido.' }).max(200);
const host = z
  .string()
  .trim()
  .min(1, 'Informe o servidor SMTP.')
  .max(253, 'O servidor deve ter no máximo 253 caracteres.')
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'O servidor deve ser um nome ou endereço IP, sem "smtp://".');
const port = z
  .number({ message: 'Informe a porta (1 a 65535).' })
  .int('Porta inválida.')
  .min(1, 'Porta inválida.')
  .max(65535, 'Porta inválida.');

export const emailSettingsSchema = z.object({
  host,
  port,
  security: z.enum(SMTP_SECURITY),
  user: z.string().trim().max(200, 'O usuário deve ter no máximo 200 caracteres.'),
  /** Omitted or null keeps the saved password; '' with an empty user removes it. */
  password: z.string().max(200, 'A senha deve ter no máximo 200 caracteres.').nullable().optional(),
  fromName: z.string().trim().max(120, 'O nome do remetente deve ter no máximo 120 caracteres.'),
  fromAddress: address,
  /** Omitted keeps the imported CA; null removes it. */
  caPem: z.string().max(20_000, 'O certificado deve ter no máximo 20.000 caracteres.').nullable().optional(),
});
export type EmailSettingsSave = z.output<typeof emailSettingsSchema>;

export const emailTestSchema = emailSettingsSchema.extend({ to: address });

/** The form's fields as typed: the port is text; a blank password keeps the saved one. */
export interface EmailSettingsFormValues {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromName: string;
  fromAddress: string;
  /** undefined: keep the imported CA; null: remove it; text: a newly chosen PEM. */
  caPem?: string | null;
  caFileName: string | null;
  testTo: string;
}

const formShape = z.object({
  host: z.string(),
  port: z
    .string()
    .trim()
    .min(1, 'Informe a porta (1 a 65535).')
    .transform((v) => Number(v)),
  security: z.enum(SMTP_SECURITY),
  user: z.string(),
  password: z.string(),
  fromName: z.string(),
  fromAddress: z.string(),
  caPem: z.string().nullable().optional(),
  caFileName: z.string().nullable(),
  testTo: z.string(),
});
const toSave = (f: z.output<typeof formShape>): z.input<typeof emailSettingsSchema> => ({
  host: f.host,
  port: f.port,
  security: f.security,
  user: f.user,
  password: f.password === '' ? null : f.password,
  fromName: f.fromName,
  fromAddress: f.fromAddress,
  caPem: f.caPem,
});

/** Salvar: the settings; the test address is not checked. */
export const emailSettingsFormSchema = formShape.transform(toSave).pipe(emailSettingsSchema);

/** "Enviar e-mail de teste": the same settings plus the address to send to. */
export const emailTestFormSchema = formShape
  .transform((f): z.input<typeof emailTestSchema> => ({ ...toSave(f), to: f.testTo }))
  .pipe(emailTestSchema);
