/**
 * The HTTP client behind ErpGateway, over the network port the composition root chose. Reads are retried with backoff and jitter; writes only
 * because each carries an Idempotency-Key, reused on every attempt, so a retry after a lost
 * response cannot apply a change twice. Every response is validated before it is mapped.
 */
import type { z } from 'zod';
import type { HttpPort } from '../http/http-port';
import { createUndiciHttpPort } from '../http/undici-port';
import { badResponse, classifyHttpError, classifyHttpStatus, ErpFailure } from './erp-errors';
import type { ErpGateway, ErpTable, ErpTablePage, ErpTableQuery } from './erp-gateway';
import { clientWriteMethods } from './erp-client-writes';
import { orderMethods } from './erp-orders';
import * as map from './erp-mappers';
import * as s from './erp-schemas';
import { withRetry, type Breaker, type RetryPolicy } from '../resilience';

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4_000 };

export interface ErpClientConfig {
  /** Root URL of the ERP API (the paths add `/v1/...`). */
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  /** Table pages and PDFs are bigger than a summary: they get more time. */
  longTimeoutMs?: number;
  retry?: RetryPolicy;
  /** Observes each wait before a retry. */
  onRetry?: (delayMs: number) => void;
  /** The core's circuit breaker, shared by every gateway it builds (the ERP is one). */
  breaker?: Breaker;
  /** The network port from the core; tools and tests without a core get undici with the env proxy. */
  http?: HttpPort;
}

interface RequestSpec<S extends z.ZodType> {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  schema: S;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  long?: boolean;
  /** Non-2xx statuses whose body is an answer of this call (e.g. 409 with the current record). */
  acceptStatus?: number[];
}

const TABLE_SCHEMA = {
  empresa: s.pageSchema(s.clientRowSchema),
  contato: s.pageSchema(s.clientRowSchema),
  fatura: s.pageSchema(s.titleRowSchema),
  generic: s.pageSchema(s.genericRowSchema),
};

const PDF_MAGIC = Buffer.from('%PDF-');
const safeFileName = (id: string): string => `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
const seg = encodeURIComponent;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'conteúdo inválido';
  const path = issue.path.length ? issue.path.join('.') : 'resposta';
  return `${path}: ${issue.message}`;
}

export function createErpGateway(config: ErpClientConfig): ErpGateway {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 10_000;
  const longTimeoutMs = config.longTimeoutMs ?? 60_000;
  const policy = config.retry ?? DEFAULT_RETRY;
  const port = config.http ?? createUndiciHttpPort();
  // Two pools, because table pages and PDFs get a longer budget than a summary.
  const clients = {
    short: port.client({ timeoutMs, maxConnections: 6 }),
    long: port.client({ timeoutMs: longTimeoutMs, maxConnections: 6 }),
  };

  function urlOf(spec: { path: string; query?: Record<string, string | number | undefined> }): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) params.set(k, String(v));
    const qs = params.toString();
    return `${baseUrl}${spec.path}${qs ? `?${qs}` : ''}`;
  }

  async function request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.output<S>> {
    const timeout = spec.long ? longTimeoutMs : timeoutMs;
    const retryable = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    const attempt = async (): Promise<string> => {
      try {
        const res = await clients[spec.long ? 'long' : 'short'].fetch(urlOf(spec), {
          method: spec.method,
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          headers: {
            authorization: `Bearer ${config.token}`,
            accept: 'application/json',
            ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(spec.idempotencyKey ? { 'idempotency-key': spec.idempotencyKey } : {}),
          },
        });
        // The body is parsed below, so malformed JSON is a typed failure rather than a string.
        const text = await res.text();
        const answered = (res.status >= 200 && res.status <= 299) || spec.acceptStatus?.includes(res.status);
        if (!answered) throw classifyHttpStatus(res.status, text);
        return text;
      } catch (e) {
        throw classifyHttpError(e, { baseUrl, timeoutMs: timeout });
      }
    };
    // Every try passes the breaker: an open circuit fails fast (not retryable) without a request.
    const raw = await withRetry(() => (config.breaker ? config.breaker.execute(attempt) : attempt()), {
      policy,
      canRetry: (e) => retryable && e instanceof ErpFailure && e.retryable,
      onRetry: config.onRetry,
    });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new ErpFailure({ retryable: false }, 'erp.bodyNotJson');
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) throw badResponse(describeIssue(parsed.error));
    return parsed.data;
  }

  const readTable = async <T extends ErpTable>(table: T, q: ErpTableQuery): Promise<ErpTablePage<T>> => {
    const query = {
      alteradoDesde: q.changedSince ?? undefined,
      pagina: q.pageToken ?? undefined,
      tamanhoPagina: q.pageSize,
    };
    const path = `/v1/tabelas/${seg(table)}`;
    const finish = <R>(page: { proximaPagina: string | null; cursor: string }, records: R[]) =>
      ({
        table,
        records,
        nextPageToken: page.proximaPagina,
        cursor: page.cursor,
      }) as unknown as ErpTablePage<T>;
    if (table === 'empresa' || table === 'contato') {
      const page = await request({ method: 'GET', path, query, schema: TABLE_SCHEMA.empresa, long: true });
      return finish(page, page.registros.map(map.toClientRecord));
    }
    if (table === 'fatura') {
      const page = await request({ method: 'GET', path, query, schema: TABLE_SCHEMA.fatura, long: true });
      return finish(page, page.registros.map(map.toReceivableTitle));
    }
    const page = await request({ method: 'GET', path, query, schema: TABLE_SCHEMA.generic, long: true });
    return finish(page, page.registros.map(map.toGenericRecord));
  };

  return {
    ...clientWriteMethods(request),
    ...orderMethods(request),
    about: async () =>
      map.toAbout(await request({ method: 'GET', path: '/v1/sobre', schema: s.aboutSchema })),
    readTable,
    financialSummary: async (erpCode) =>
      map.toFinancialSummary(
        await request({
          method: 'GET',
          path: `/v1/clientes/${seg(erpCode)}/resumo-financeiro`,
          schema: s.financialSummarySchema,
        }),
      ),
    openBoletos: async (erpCode) =>
      map.toBoletos(
        await request({
          method: 'GET',
          path: `/v1/clientes/${seg(erpCode)}/boletos`,
          schema: s.boletosSchema,
        }),
      ),
    async boletoPdf(erpCode, boletoId) {
      const r = await request({
        method: 'GET',
        path: `/v1/clientes/${seg(erpCode)}/boletos/${seg(boletoId)}/pdf`,
        schema: s.boletoPdfSchema,
        long: true,
      });
      const pdf = Buffer.from(r.conteudoBase64, 'base64');
      if (!pdf.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
        throw new ErpFailure({ retryable: false }, 'erp.boletoNotPdf', { boletoId });
      return { id: r.identificador, fileName: safeFileName(r.identificador), pdf };
    },
    updateCredit: async (erpCode, u) =>
      map.toCreditState(
        await request({
          method: 'PUT',
          path: `/v1/clientes/${seg(erpCode)}/credito`,
          schema: s.creditSchema,
          idempotencyKey: u.idempotencyKey,
          body: {
            situacaoFinanceira: u.creditStatus,
            limiteCredito: map.centsToErpMoney(u.creditLimitCents),
            alteradoPor: { login: u.changedBy.login, nome: u.changedBy.name },
            motivo: u.reason,
          },
        }),
      ),
    recordBureauQuery: async (r) =>
      map.toBureauQuery(
        await request({
          method: 'POST',
          path: `/v1/consultas-bureau/${seg(r.document)}`,
          schema: s.bureauQuerySchema,
          idempotencyKey: r.idempotencyKey,
          body: {
            consultadoEm: r.queriedAt,
            consultadoPor: { login: r.queriedBy.login, nome: r.queriedBy.name },
            estacao: r.desktop,
            produto: r.product,
            resumoResultado: r.resultSummary,
          },
        }),
      ),
    listBureauQueries: async (document) =>
      (
        await request({
          method: 'GET',
          path: `/v1/consultas-bureau/${seg(document)}`,
          schema: s.bureauQueriesSchema,
        })
      ).consultas.map(map.toBureauQuery),
    listSharedSettings: async () =>
      (
        await request({ method: 'GET', path: '/v1/configuracoes', schema: s.settingsSchema })
      ).configuracoes.map(map.toSharedSetting),
    async getSharedSetting(key) {
      try {
        return map.toSharedSetting(
          await request({ method: 'GET', path: `/v1/configuracoes/${seg(key)}`, schema: s.settingSchema }),
        );
      } catch (e) {
        if (e instanceof ErpFailure && e.code === 'NOT_FOUND') return null;
        throw e;
      }
    },
    putSharedSetting: async (key, w) =>
      map.toSharedSetting(
        await request({
          method: 'PUT',
          path: `/v1/configuracoes/${seg(key)}`,
          schema: s.settingSchema,
          idempotencyKey: w.idempotencyKey,
          body: {
            valor: w.value,
            alteradoPor: w.updatedBy,
            ...(w.expectedVersion === undefined ? {} : { versaoEsperada: w.expectedVersion }),
          },
        }),
      ),
  };
}
