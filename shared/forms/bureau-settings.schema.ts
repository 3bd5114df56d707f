/** Configurações → Bureau de crédito: one schema for the form and for bureau.settings.save / .fetchProducts. */
import { z } from 'zod';
import '../zod-locale';

const url = z
  .string()
  .trim()
  .max(300, 'A URL deve ter no máximo 300 caracteres.')
  .regex(/^https:\/\/[^\s/?#]+(:\d+)?(\/[^\s?#]*)?$/i, 'Informe a URL da API começando com https://.');
const email = z
  .string()
  .trim()
  .min(3, 'Informe o e-mail de acesso ao bureau.')
  .max(200, 'O e-mail deve ter no máximo 200 caracteres.');
const password = z.string().min(1, 'Informe a senha.').max(200, 'A senha deve ter no máximo 200 caracteres.');
const pem = z.string().max(20_000, 'O certificado deve ter no máximo 20.000 caracteres.');
const pin = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9+/]{43}=$/,
    'O pin deve ser o SHA-256 da chave pública do servidor em Base64 (44 caracteres terminando em "=").',
  );

export const bureauProductId = z
  .string()
  .trim()
  .min(1, 'Informe o identificador do produto.')
  .max(40, 'Identificador de produto inválido.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Identificador de produto inválido.');

export const bureauProduct = z.object({
  id: bureauProductId,
  name: z.string().trim().min(1).max(120),
  personType: z.enum(['F', 'J']),
});

/** What "…" (fetch the account's products) needs: the typed connection, or the saved password. */
export const bureauConnectionSchema = z.object({
  url,
  email,
  /** Omitted keeps the imported CA; null removes it. */
  caPem: pem.nullable().optional(),
  spkiPin: pin.nullable(),
  /** Omitted or null keeps the saved password. */
  password: password.nullable().optional(),
});

export const bureauSettingsSchema = bureauConnectionSchema.extend({
  products: z.array(bureauProduct).max(200),
  defaultProductF: z.string().max(40).nullable(),
  defaultProductJ: z.string().max(40).nullable(),
  receivablesDailySync: z.boolean(),
});
export type BureauSettingsSave = z.output<typeof bureauSettingsSchema>;

/** The form's fields as typed: blank password keeps the saved one; blank pin means none. */
export interface BureauSettingsFormValues {
  url: string;
  email: string;
  password: string;
  /** undefined: keep the imported CA; null: remove it; text: a newly chosen PEM. */
  caPem?: string | null;
  caFileName: string | null;
  spkiPin: string;
  products: z.input<typeof bureauProduct>[];
  defaultProductF: string | null;
  defaultProductJ: string | null;
  receivablesDailySync: boolean;
}

const formShape = z.object({
  url: z.string(),
  email: z.string(),
  password: z.string(),
  caPem: z.string().nullable().optional(),
  caFileName: z.string().nullable(),
  spkiPin: z.string(),
  products: z.array(bureauProduct),
  defaultProductF: z.string().nullable(),
  defaultProductJ: z.string().nullable(),
  receivablesDailySync: z.boolean(),
});
const connectionOf = (f: z.output<typeof formShape>): z.input<typeof bureauConnectionSchema> => ({
  url: f.url,
  email: f.email,
  password: f.password === '' ? null : f.password,
  caPem: f.caPem,
  spkiPin: f.spkiPin.trim() === '' ? null : f.spkiPin,
});

export const bureauSettingsFormSchema = formShape
  .transform((f): z.input<typeof bureauSettingsSchema> => ({
    ...connectionOf(f),
    products: f.products,
    defaultProductF: f.defaultProductF,
    defaultProductJ: f.defaultProductJ,
    receivablesDailySync: f.receivablesDailySync,
  }))
  .pipe(bureauSettingsSchema);

/** "…": only the connection fields are checked. */
export const bureauConnectionFormSchema = formShape.transform(connectionOf).pipe(bureauConnectionSchema);
