/**
 * zod schemas of the ERP's JSON (docs/erp-gateway-api.openapi.json). A response that does not
 * match is an ERP_BAD_RESPONSE, never a half-read object passed on to the console.
 */
import { z } from 'zod';

const MONEY = /^-?\d{1,13}\.\d{2}$/;
/** "9648.08" → 964808, by string surgery so no float ever rounds a centavo away. */
export const moneyCents = z
  .string()
  .regex(MONEY, 'valor monetário fora do formato 0.00')
  .transform((text) => {
    const negative = text.startsWith('-');
    const [whole, fraction] = text.replace('-', '').split('.') as [string, string];
    const cents = Number(whole) * 100 + Number(fraction);
    return negative ? -cents : cents;
  });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data fora do formato AAAA-MM-DD');
const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    'instante fora do formato ISO 8601',
  )
  .transform((s) => new Date(s).toISOString());
const creditStatus = z.enum(['ADIMPLENTE', 'INADIMPLENTE', 'BLOQUEADO', 'EM_ANALISE']);
const person = z.object({ login: z.string(), nome: z.string() });

export const aboutSchema = z.object({
  erp: z.string(),
  versao: z.string(),
  versaoApi: z.string(),
  horaServidor: instant,
});

export const clientRowSchema = z.object({
  chave: z.string().min(1),
  codigo: z.string().min(1),
  tipoPessoa: z.enum(['F', 'J']),
  razaoSocial: z.string().min(1),
  nomeFantasia: z.string().nullable(),
  documento: z.string().regex(/^([0-9]{11}|[0-9A-Z]{12}[0-9]{2})$/, 'documento inválido'),
  situacao: z.enum(['ATIVO', 'INATIVO']),
  limiteCredito: moneyCents,
  saldoDisponivel: moneyCents,
  situacaoFinanceira: creditStatus,
  dataUltimoPedido: date.nullable(),
  segmento: z.string(),
  grupo: z.string().nullable(),
  responsavel: z.string(),
  emails: z.array(z.string()),
  telefones: z.array(z.string()),
  site: z.string().nullable(),
  cidade: z.string(),
  uf: z.string(),
  formaPagamento: z.string(),
  // Optional (docs/erp-gateway-api.md): an ERP without them leaves both channels allowed and no class.
  classeAbc: z.enum(['A', 'B', 'C']).nullable().optional(),
  permiteDiscagem: z.boolean().optional(),
  permiteMensagens: z.boolean().optional(),
  consentimentoAlteradoPor: z.string().nullable().optional(),
  consentimentoAlteradoEm: instant.nullable().optional(),
  criadoEm: instant,
  alteradoEm: instant,
});

export const titleRowSchema = z.object({
  chave: z.string().min(1),
  titulo: z.string().min(1),
  parcela: z.number().int().min(1),
  cliente: z.string().min(1),
  emissao: date,
  vencimento: date,
  valor: moneyCents,
  valorPago: moneyCents,
  dataPagamento: date.nullable(),
  situacao: z.enum(['ABERTO', 'PARCIAL', 'PAGO', 'CANCELADO']),
  ambiente: z.string(),
  codigoAmbiente: z.string(),
  identificadorBoleto: z.string().nullable(),
  linhaDigitavel: z.string().nullable(),
  movimentos: z.array(
    z.object({ tipo: z.enum(['LANCAMENTO', 'COBRANCA', 'ESTORNO_COBRANCA']), data: date, valor: moneyCents }),
  ),
  alteradoEm: instant,
});

export const genericRowSchema = z.looseObject({ chave: z.string().min(1), alteradoEm: instant });

export const pageSchema = <R extends z.ZodType>(row: R) =>
  z.object({
    tabela: z.string(),
    registros: z.array(row),
    proximaPagina: z.string().min(1).nullable(),
    cursor: instant,
  });

export const financialSummarySchema = z.object({
  codigoCliente: z.string(),
  saldoDisponivel: moneyCents,
  limiteCredito: moneyCents,
  dataUltimoPedido: date.nullable(),
  dataUltimoFaturamento: date.nullable(),
  situacaoFinanceira: creditStatus,
  calculadoEm: instant,
});

export const boletosSchema = z.object({
  codigoCliente: z.string(),
  boletos: z.array(
    z.object({
      identificador: z.string().min(1),
      vencimento: date,
      valor: moneyCents,
      ambiente: z.string(),
      linhaDigitavel: z.string().regex(/^\d{47}$/, 'linha digitável deve ter 47 dígitos'),
      titulo: z.string(),
      parcela: z.number().int().min(1),
    }),
  ),
});

export const boletoPdfSchema = z.object({
  identificador: z.string().min(1),
  nomeArquivo: z.string().min(1),
  tipoConteudo: z.literal('application/pdf'),
  conteudoBase64: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'conteúdo Base64 inválido'),
});

export const creditSchema = z.object({
  codigoCliente: z.string(),
  situacaoFinanceira: creditStatus,
  limiteCredito: moneyCents,
  alteradoEm: instant,
});

export const bureauQuerySchema = z.object({
  id: z.string().min(1),
  documento: z.string(),
  consultadoEm: instant,
  consultadoPor: person,
  estacao: z.string(),
  produto: z.string(),
  resumoResultado: z.string(),
  registradoEm: instant,
});
export const bureauQueriesSchema = z.object({ documento: z.string(), consultas: z.array(bureauQuerySchema) });

export const settingSchema = z.object({
  chave: z.string(),
  valor: z.string(),
  versao: z.number().int().min(1),
  alteradoEm: instant,
  alteradoPor: z.string(),
});
export const settingsSchema = z.object({ configuracoes: z.array(settingSchema) });

export type ClientRow = z.output<typeof clientRowSchema>;
export type TitleRow = z.output<typeof titleRowSchema>;
export type GenericRow = z.output<typeof genericRowSchema>;
