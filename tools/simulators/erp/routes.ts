/** The ERP API of docs/erp-gateway-api.md, answered from the generated data and the state. */
import type { ClientSource } from './client-source';
import { lastInvoiceDate } from './commerce';
import type { Endpoint } from './faults';
import { boletoJson, money, type CreditOverride } from './records';
import type { BureauQueryJson, ErpState, SettingJson } from './state';
import { clientTitles, ERP_TABLES, readTable, type TableData, type TableName } from './tables';
import { boletoOrigin, isOpen, type SimTitle } from './titles';
import { renderBoletoPdf } from './boleto-pdf';
import { addressWrite, registerWrite } from './client-writes';
import { getOrder, rejectOrder, releaseOrder } from './order-writes';

export const ERP_NAME = 'Simulador ERP Oeste';
export const ERP_VERSION = '2026.11.3';
export const API_VERSION = '1.0.0';

export interface Call {
  method: string;
  params: string[];
  query: URLSearchParams;
  body: unknown;
  idempotencyKey: string | undefined;
}

export interface Reply {
  status: number;
  json?: unknown;
}

export interface SimContext {
  clients: ClientSource;
  state: ErpState;
  data: TableData;
}

const error = (status: number, codigo: string, mensagem: string): Reply => ({
  status,
  json: { codigo, mensagem },
});
const CREDIT_STATUSES = ['ADIMPLENTE', 'INADIMPLENTE', 'BLOQUEADO', 'EM_ANALISE'];
const MONEY = /^-?\d{1,13}\.\d{2}$/;
const DOCUMENT = /^([0-9]{11}|[0-9A-Z]{12}[0-9]{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const cents = (m: string): number => {
  const [whole, frac] = m.replace('-', '').split('.') as [string, string];
  const v = Number(whole) * 100 + Number(frac);
  return m.startsWith('-') ? -v : v;
};

function clientIndex(ctx: SimContext, code: string): number | Reply {
  const index = ctx.clients.indexOf(code);
  return index === null
    ? error(404, 'CLIENTE_NAO_ENCONTRADO', `Cliente ${code} não encontrado no ERP.`)
    : index;
}

function about(ctx: SimContext): Reply {
  return {
    status: 200,
    json: { erp: ERP_NAME, versao: ERP_VERSION, versaoApi: API_VERSION, horaServidor: ctx.state.tick() },
  };
}

function tables(ctx: SimContext, call: Call): Reply {
  const table = call.params[0] as TableName;
  if (!(ERP_TABLES as readonly string[]).includes(table))
    return error(404, 'TABELA_DESCONHECIDA', `Tabela desconhecida: ${table}.`);
  const since = call.query.get('alteradoDesde');
  if (since !== null && (!ISO_INSTANT.test(since) || Number.isNaN(Date.parse(since))))
    return error(400, 'PARAMETRO_INVALIDO', 'alteradoDesde deve ser uma data e hora ISO 8601.');
  const sizeText = call.query.get('tamanhoPagina') ?? '500';
  const size = Number(sizeText);
  if (!Number.isInteger(size) || size < 1 || size > 5000)
    return error(400, 'PARAMETRO_INVALIDO', 'tamanhoPagina deve ser um inteiro entre 1 e 5000.');
  const page = readTable(ctx.data, table, {
    since: since === null ? null : new Date(since).toISOString(),
    pageToken: call.query.get('pagina'),
    size,
    now: ctx.state.tick(),
  });
  if (page === 'badToken') return error(400, 'PAGINA_INVALIDA', 'Token de página inválido para esta tabela.');
  return { status: 200, json: page };
}

function financialSummary(ctx: SimContext, call: Call): Reply {
  const index = clientIndex(ctx, call.params[0] as string);
  if (typeof index !== 'number') return index;
  const f = ctx.clients.facts(index);
  const credit = ctx.state.credit.get(f.erpCode);
  return {
    status: 200,
    json: {
      codigoCliente: f.erpCode,
      saldoDisponivel: money(credit?.disponivelCents ?? f.availableBalanceCents),
      limiteCredito: money(credit?.limiteCents ?? f.creditLimitCents),
      dataUltimoPedido: f.lastPurchaseDate,
      dataUltimoFaturamento: lastInvoiceDate(f),
      situacaoFinanceira: credit?.situacaoFinanceira ?? f.creditStatus,
      calculadoEm: ctx.state.tick(),
    },
  };
}

const openTitles = (ctx: SimContext, index: number): SimTitle[] =>
  clientTitles(ctx.data, index, null).filter(isOpen);

function boletos(ctx: SimContext, call: Call): Reply {
  const index = clientIndex(ctx, call.params[0] as string);
  if (typeof index !== 'number') return index;
  const list = openTitles(ctx, index).sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  return { status: 200, json: { codigoCliente: call.params[0], boletos: list.map(boletoJson) } };
}

async function boletoPdf(ctx: SimContext, call: Call, corrupt: boolean): Promise<Reply> {
  const [code, id] = call.params as [string, string];
  const index = clientIndex(ctx, code);
  if (typeof index !== 'number') return index;
  const origin = boletoOrigin(id);
  const title = origin?.index === index ? openTitles(ctx, index).find((t) => t.boletoId === id) : undefined;
  if (!title) return error(404, 'BOLETO_NAO_ENCONTRADO', `Boleto ${id} não encontrado ou já pago.`);
  let pdf = await renderBoletoPdf(title, ctx.clients.facts(index));
  if (corrupt) pdf = Buffer.concat([pdf.subarray(0, 400), Buffer.from('\u0000garbage\u0000'.repeat(20))]);
  return {
    status: 200,
    json: {
      identificador: id,
      nomeArquivo: `${id}.pdf`,
      tipoConteudo: 'application/pdf',
      conteudoBase64: pdf.toString('base64'),
    },
  };
}

function credit(ctx: SimContext, call: Call): Reply {
  const index = clientIndex(ctx, call.params[0] as string);
  if (typeof index !== 'number') return index;
  const b = call.body as Record<string, unknown> | null;
  const by = b?.alteradoPor as Record<string, unknown> | undefined;
  if (
    !b ||
    !CREDIT_STATUSES.includes(String(b.situacaoFinanceira)) ||
    typeof b.limiteCredito !== 'string' ||
    !MONEY.test(b.limiteCredito) ||
    cents(b.limiteCredito) < 0 ||
    typeof by?.login !== 'string' ||
    typeof by?.nome !== 'string' ||
    typeof b.motivo !== 'string'
  )
    return error(
      422,
      'DADOS_INVALIDOS',
      'situacaoFinanceira, limiteCredito, alteradoPor e motivo são obrigatórios.',
    );
  const f = ctx.clients.facts(index);
  const before = ctx.state.credit.get(f.erpCode);
  const limit = before?.limiteCents ?? f.creditLimitCents;
  const used = limit - (before?.disponivelCents ?? f.availableBalanceCents);
  const newLimit = cents(b.limiteCredito);
  const override: CreditOverride = {
    situacaoFinanceira: b.situacaoFinanceira as CreditOverride['situacaoFinanceira'],
    limiteCents: newLimit,
    disponivelCents: newLimit - used,
    alteradoEm: ctx.state.tick(),
  };
  ctx.state.credit.set(f.erpCode, override);
  return {
    status: 200,
    json: {
      codigoCliente: f.erpCode,
      situacaoFinanceira: override.situacaoFinanceira,
      limiteCredito: money(override.limiteCents),
      alteradoEm: override.alteradoEm,
    },
  };
}

function bureauQueries(ctx: SimContext, call: Call): Reply {
  const document = call.params[0] as string;
  if (!DOCUMENT.test(document))
    return error(
      400,
      'DOCUMENTO_INVALIDO',
      'Informe o CPF ou CNPJ só com dígitos (e letras, no CNPJ alfanumérico).',
    );
  const list = ctx.state.bureau.get(document) ?? [];
  if (call.method === 'GET') return { status: 200, json: { documento: document, consultas: list } };
  const b = call.body as Record<string, unknown> | null;
  const by = b?.consultadoPor as Record<string, unknown> | undefined;
  if (
    !b ||
    typeof b.consultadoEm !== 'string' ||
    !ISO_INSTANT.test(b.consultadoEm) ||
    typeof by?.login !== 'string' ||
    typeof by?.nome !== 'string' ||
    typeof b.estacao !== 'string' ||
    typeof b.produto !== 'string' ||
    typeof b.resumoResultado !== 'string'
  )
    return error(
      422,
      'DADOS_INVALIDOS',
      'consultadoEm, consultadoPor, estacao, produto e resumoResultado são obrigatórios.',
    );
  const record: BureauQueryJson = {
    id: ctx.state.nextBureauId(),
    documento: document,
    consultadoEm: b.consultadoEm,
    consultadoPor: { login: by.login, nome: by.nome },
    estacao: b.estacao,
    produto: b.produto,
    resumoResultado: b.resumoResultado,
    registradoEm: ctx.state.tick(),
  };
  ctx.state.bureau.set(document, [record, ...list]);
  return { status: 201, json: record };
}

function settings(ctx: SimContext, call: Call): Reply {
  const key = call.params[0];
  if (key === undefined) return { status: 200, json: { configuracoes: [...ctx.state.settings.values()] } };
  if (!/^[a-zA-Z0-9._-]{1,100}$/.test(key))
    return error(400, 'CHAVE_INVALIDA', 'Chave de configuração inválida.');
  const current = ctx.state.settings.get(key);
  if (call.method === 'GET')
    return current
      ? { status: 200, json: current }
      : error(404, 'CONFIGURACAO_NAO_ENCONTRADA', `Configuração ${key} não existe.`);
  const b = call.body as Record<string, unknown> | null;
  if (!b || typeof b.valor !== 'string' || typeof b.alteradoPor !== 'string')
    return error(422, 'DADOS_INVALIDOS', 'valor e alteradoPor são obrigatórios.');
  if (b.versaoEsperada !== undefined && b.versaoEsperada !== (current?.versao ?? 0))
    return error(
      409,
      'VERSAO_DIVERGENTE',
      `A configuração ${key} foi alterada por outra estação (versão ${current?.versao ?? 0}).`,
    );
  const next: SettingJson = {
    chave: key,
    valor: b.valor,
    versao: (current?.versao ?? 0) + 1,
    alteradoEm: ctx.state.tick(),
    alteradoPor: b.alteradoPor,
  };
  ctx.state.settings.set(key, next);
  return { status: 200, json: next };
}

export interface Route {
  endpoint: Endpoint;
  method: 'GET' | 'PUT' | 'POST';
  pattern: RegExp;
  /** Writes need an Idempotency-Key and replay the first answer for a repeated key. */
  idempotent: boolean;
  handle(ctx: SimContext, call: Call, corruptPdf: boolean): Reply | Promise<Reply>;
}

const SEG = '([^/]+)';
export const ROUTES: Route[] = [
  { endpoint: 'sobre', method: 'GET', pattern: /^\/v1\/sobre$/, idempotent: false, handle: about },
  {
    endpoint: 'tabelas',
    method: 'GET',
    pattern: new RegExp(`^/v1/tabelas/${SEG}$`),
    idempotent: false,
    handle: tables,
  },
  {
    endpoint: 'resumoFinanceiro',
    method: 'GET',
    pattern: new RegExp(`^/v1/clientes/${SEG}/resumo-financeiro$`),
    idempotent: false,
    handle: financialSummary,
  },
  {
    endpoint: 'boletos',
    method: 'GET',
    pattern: new RegExp(`^/v1/clientes/${SEG}/boletos$`),
    idempotent: false,
    handle: boletos,
  },
  {
    endpoint: 'boletoPdf',
    method: 'GET',
    pattern: new RegExp(`^/v1/clientes/${SEG}/boletos/${SEG}/pdf$`),
    idempotent: false,
    handle: boletoPdf,
  },
  {
    endpoint: 'credito',
    method: 'PUT',
    pattern: new RegExp(`^/v1/clientes/${SEG}/credito$`),
    idempotent: true,
    handle: credit,
  },
  {
    endpoint: 'consultasBureau',
    method: 'GET',
    pattern: new RegExp(`^/v1/consultas-bureau/${SEG}$`),
    idempotent: false,
    handle: bureauQueries,
  },
  {
    endpoint: 'consultasBureau',
    method: 'POST',
    pattern: new RegExp(`^/v1/consultas-bureau/${SEG}$`),
    idempotent: true,
    handle: bureauQueries,
  },
  {
    endpoint: 'configuracoes',
    method: 'GET',
    pattern: /^\/v1\/configuracoes$/,
    idempotent: false,
    handle: settings,
  },
  {
    endpoint: 'configuracoes',
    method: 'GET',
    pattern: new RegExp(`^/v1/configuracoes/${SEG}$`),
    idempotent: false,
    handle: settings,
  },
  {
    endpoint: 'configuracoes',
    method: 'PUT',
    pattern: new RegExp(`^/v1/configuracoes/${SEG}$`),
    idempotent: true,
    handle: settings,
  },
  {
    endpoint: 'clientes',
    method: 'PUT',
    pattern: new RegExp(`^/v1/clientes/${SEG}$`),
    idempotent: true,
    handle: registerWrite,
  },
  {
    endpoint: 'clientes',
    method: 'PUT',
    pattern: new RegExp(`^/v1/clientes/${SEG}/enderecos/${SEG}$`),
    idempotent: true,
    handle: addressWrite,
  },
  {
    endpoint: 'pedidos',
    method: 'GET',
    pattern: new RegExp(`^/v1/pedidos/${SEG}$`),
    idempotent: false,
    handle: getOrder,
  },
  {
    endpoint: 'pedidos',
    method: 'POST',
    pattern: new RegExp(`^/v1/pedidos/${SEG}/liberacao-credito$`),
    idempotent: true,
    handle: releaseOrder,
  },
  {
    endpoint: 'pedidos',
    method: 'POST',
    pattern: new RegExp(`^/v1/pedidos/${SEG}/rejeicao-credito$`),
    idempotent: true,
    handle: rejectOrder,
  },
];
