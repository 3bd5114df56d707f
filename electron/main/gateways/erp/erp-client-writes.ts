/**
 * Write-back of the client register and addresses: the console's English fields to the ERP's
 * pt-BR JSON and back. A 409 is an answer here, not a failure: it carries the ERP's current
 * values, which the console shows beside the agent's (docs/erp-gateway-api.md).
 */
import { z } from 'zod';
import type {
  ErpAddressKind,
  ErpClientWriteGateway,
  ErpRegisterField,
  ErpRegisterFields,
} from './erp-gateway';

const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    'instante fora do formato ISO 8601',
  )
  .transform((s) => new Date(s).toISOString());

const registerSchema = z.object({
  razaoSocial: z.string(),
  nomeFantasia: z.string().nullable(),
  documento: z.string(),
  situacao: z.enum(['ATIVO', 'INATIVO']),
  emails: z.array(z.string()),
  telefones: z.array(z.string()),
  site: z.string().nullable(),
  formaPagamento: z.string(),
});
const registerStateSchema = z.object({
  codigoCliente: z.string(),
  alteradoEm: instant,
  campos: registerSchema,
});
const clientWriteSchema = z.union([
  registerStateSchema,
  z.object({ codigo: z.string(), mensagem: z.string(), atual: registerStateSchema }),
]);
const addressStateSchema = z.object({ codigoCliente: z.string(), tipo: z.string(), alteradoEm: instant });

export const ERP_FIELD_NAME: Record<ErpRegisterField, keyof z.input<typeof registerSchema>> = {
  legalName: 'razaoSocial',
  tradeName: 'nomeFantasia',
  document: 'documento',
  status: 'situacao',
  emails: 'emails',
  phones: 'telefones',
  site: 'site',
  paymentMethod: 'formaPagamento',
};
const ADDRESS_TYPE: Record<ErpAddressKind, string> = {
  delivery: 'entrega',
  billing: 'cobranca',
  extra2: 'adicional2',
  extra3: 'adicional3',
};

function toErpFields(fields: Partial<ErpRegisterFields>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields) as [ErpRegisterField, unknown][])
    out[ERP_FIELD_NAME[k]] = k === 'status' ? (v === 'active' ? 'ATIVO' : 'INATIVO') : v;
  return out;
}

const fromErpFields = (c: z.output<typeof registerSchema>): ErpRegisterFields => ({
  legalName: c.razaoSocial,
  tradeName: c.nomeFantasia,
  document: c.documento,
  status: c.situacao === 'ATIVO' ? 'active' : 'inactive',
  emails: c.emails,
  phones: c.telefones,
  site: c.site,
  paymentMethod: c.formaPagamento,
});

/** The request function of erp-client.ts, as far as these methods need it. */
type Request = <S extends z.ZodType>(spec: {
  method: 'PUT';
  path: string;
  schema: S;
  body: unknown;
  idempotencyKey: string;
  acceptStatus?: number[];
}) => Promise<z.output<S>>;

export function clientWriteMethods(request: Request): ErpClientWriteGateway {
  const seg = encodeURIComponent;
  return {
    async updateClient(erpCode, w) {
      const r = await request({
        method: 'PUT',
        path: `/v1/clientes/${seg(erpCode)}`,
        schema: clientWriteSchema,
        idempotencyKey: w.idempotencyKey,
        acceptStatus: [409],
        body: {
          campos: toErpFields(w.fields),
          alteradoPor: { login: w.changedBy.login, nome: w.changedBy.name },
          ...(w.expectedVersion ? { versaoEsperada: w.expectedVersion } : {}),
        },
      });
      return 'atual' in r
        ? {
            kind: 'conflict',
            version: r.atual.alteradoEm,
            fields: fromErpFields(r.atual.campos),
            message: r.mensagem,
          }
        : { kind: 'applied', version: r.alteradoEm, fields: fromErpFields(r.campos) };
    },
    async updateAddress(erpCode, kind, w) {
      const a = w.address;
      const r = await request({
        method: 'PUT',
        path: `/v1/clientes/${seg(erpCode)}/enderecos/${ADDRESS_TYPE[kind]}`,
        schema: addressStateSchema,
        idempotencyKey: w.idempotencyKey,
        body: {
          logradouro: a.street,
          numero: a.number,
          complemento: a.complement,
          bairro: a.district,
          cidade: a.city,
          uf: a.uf,
          cep: a.cep,
          fax: a.fax,
          alteradoPor: { login: w.changedBy.login, nome: w.changedBy.name },
        },
      });
      return { changedAt: r.alteradoEm };
    },
  };
}
