/**
 * Configurações → Banco central and the machine policy's `floor` section: one set of field rules
 * for the form, the registry (floor.test / floor.join) and the policy file, so a value IT writes
 * and one an admin types are judged the same way.
 */
import { z } from 'zod';
import '../zod-locale';

const hasControl = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A host name or an IP: no scheme, port, user, path or spaces (those belong to other fields). */
export const floorHost = z
  .string({ error: 'Servidor: informe o nome ou o IP do servidor.' })
  .trim()
  .min(1, 'Servidor: informe o nome ou o IP do servidor.')
  .max(253, 'Servidor: o nome tem mais de 253 caracteres.')
  .regex(
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:]{2,39})$/,
    'Servidor: informe só o nome ou o IP (ex.: banco.empresa.local), sem "postgres://", porta, usuário ou espaços.',
  );

export const floorPort = z
  .number({ error: 'Porta: informe um número (ex.: 5432).' })
  .int('Porta: informe um número inteiro (ex.: 5432).')
  .min(1, 'Porta: use um número entre 1 e 65535.')
  .max(65535, 'Porta: use um número entre 1 e 65535.');

/** PostgreSQL identifiers as IT creates them; quotes, semicolons and spaces are refused. */
const identifier = (label: string) =>
  z
    .string({ error: `${label}: informe um nome.` })
    .trim()
    .min(1, `${label}: informe um nome.`)
    .max(63, `${label}: o PostgreSQL aceita até 63 caracteres.`)
    .regex(
      /^[A-Za-z_][A-Za-z0-9_.@$-]*$/,
      `${label}: use letras, números, "_", "-", "." ou "@", começando por letra (sem aspas, espaços nem ";").`,
    );

export const floorDatabase = identifier('Banco de dados');
export const floorUser = identifier('Usuário');

export const floorPassword = z
  .string({ error: 'Senha: deve ser um texto.' })
  .min(1, 'Senha: informe a senha do usuário do banco.')
  .max(200, 'Senha: tem mais de 200 caracteres.')
  .refine((v) => !hasControl(v), 'Senha: contém caracteres de controle (quebra de linha, tabulação).');

export const floorSslMode = z.enum(['disable', 'require', 'verify-full'], {
  error: 'TLS: use disable, require ou verify-full.',
});

export const floorCaPem = z
  .string({ error: 'Certificado da CA: deve ser um texto PEM.' })
  .max(64_000, 'Certificado da CA: o arquivo tem mais de 64.000 caracteres.')
  .refine(
    (v) => v.includes('-----BEGIN CERTIFICATE-----'),
    'Certificado da CA: o arquivo não é um certificado PEM (-----BEGIN CERTIFICATE-----).',
  );

export const floorCompanyId = z
  .string({ error: 'Empresa (identificador): informe o CNPJ ou o código da empresa.' })
  .trim()
  .min(1, 'Empresa (identificador): informe o CNPJ ou o código da empresa.')
  .max(64, 'Empresa (identificador): tem mais de 64 caracteres.')
  .regex(
    /^[A-Za-z0-9._-]+$/,
    'Empresa (identificador): use só letras, números, ".", "_" ou "-" (ex.: o CNPJ sem pontuação).',
  );

export const floorCompanyName = z
  .string({ error: 'Empresa (nome): informe o nome da empresa.' })
  .trim()
  .min(1, 'Empresa (nome): informe o nome da empresa.')
  .max(120, 'Empresa (nome): tem mais de 120 caracteres.')
  .refine((v) => !hasControl(v), 'Empresa (nome): contém caracteres de controle.');

/** floor.test / floor.join: a blank password (null) reuses the one saved on this computer. */
export const floorConnectionSchema = z.object({
  host: floorHost,
  port: floorPort,
  database: floorDatabase,
  user: floorUser,
  password: floorPassword.nullable(),
  sslMode: floorSslMode,
  /** Omitted keeps the saved CA; null removes it. */
  caPem: floorCaPem.nullable().optional(),
  companyId: floorCompanyId,
  companyName: floorCompanyName,
});
export type FloorConnectionInput = z.output<typeof floorConnectionSchema>;

/** The form as typed: the port is text in the input, a blank password keeps the saved one. */
export const floorConnectionFormSchema = floorConnectionSchema.extend({
  port: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Porta: informe um número (ex.: 5432).')
    .transform(Number)
    .pipe(floorPort),
  password: z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(floorPassword.nullable()),
});
export type FloorConnectionFormValues = z.input<typeof floorConnectionFormSchema>;
