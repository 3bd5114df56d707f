/**
 * The ERP simulator: a real HTTP server on 127.0.0.1 speaking docs/erp-gateway-api.md, with
 * data consistent with the console's demo clients and per-endpoint fault injection.
 */
import { changeConsent, consentJson } from './consent';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_DEMO_SEED } from '../../../db/seed/clients';
import { ClientSource } from './client-source';
import { Faults, type Endpoint, type Fault } from './faults';
import { registerChangeInErp } from './client-writes';
import { addOrderInErp, currentOrder, orderChangeInErp } from './order-writes';
import type { BlockReason, OrderOverride } from './orders';
import { ROUTES, type Call, type Reply, type SimContext } from './routes';
import { ErpState } from './state';
import type { SimTitle } from './titles';

const HOST = '127.0.0.1';
const MAX_BODY = 1024 * 1024;
export const DEFAULT_ERP_TOKEN = 'erp-simulador-token';

export interface ErpSimulatorOptions {
  port?: number;
  token?: string;
  /** Same as the console's demo client count, so ERP codes and documents match. */
  clients?: number;
  /** Receivable titles spread over the clients (default 10 per client). */
  titles?: number;
  seed?: number;
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  endpoint: Endpoint | null;
  idempotencyKey: string | undefined;
  status: number | null;
}

export interface ErpSimulatorHandle {
  /** Root URL; the API lives under `/v1`. */
  url: string;
  token: string;
  clients: number;
  titles: number;
  setFault(endpoint: Endpoint | '*', fault: Fault | null): void;
  clearFaults(): void;
  requests(): RecordedRequest[];
  /** Marks a receivable title paid today, as the ERP's cashier would. */
  payTitle(key: string): void;
  /** Changes register fields (ERP names: site, razaoSocial…) in the ERP itself; returns the new alteradoEm. */
  changeClient(erpCode: string, campos: Record<string, unknown>): string;
  /** Register fields as the ERP holds them now (ERP names). */
  clientFields(erpCode: string): Record<string, unknown> | null;
  /** How many write-backs (register or address) the ERP applied to this client. */
  clientWrites(erpCode: string): number;
  /** The order as the ERP has it now (ERP JSON), or null. */
  order(numero: string): Record<string, unknown> | null;
  /** Someone changes the order in the ERP itself (value, status, a release there); returns the new alteradoEm. */
  changeOrder(numero: string, change: Omit<OrderOverride, 'alteradoEm'>): string;
  /** A new order the ERP evaluated (blocked with `blockReason`, or released when null); returns its number. */
  addOrder(
    erpCode: string,
    o: { valueCents: number; blockReason: BlockReason | null; date?: string; seller?: string },
  ): string;
  /** Credit decisions (release/reject) the ERP applied; a replayed Idempotency-Key does not count. */
  orderDecisions(): number;
  /** Changes the client's consent for calls and/or messages in the ERP, as `by`; returns the new alteradoEm. */
  setConsent(erpCode: string, change: { calls?: boolean; messages?: boolean; by: string }): string;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const sendReply = (res: ServerResponse, r: Reply) =>
  send(res, r.status, r.json === undefined ? '' : JSON.stringify(r.json));
const sendError = (res: ServerResponse, status: number, codigo: string, mensagem: string) =>
  sendReply(res, { status, json: { codigo, mensagem } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PROXY_PAGE = (status: number) =>
  `<html><head><title>${status}</title></head><body><h1>${status} ${status === 502 ? 'Bad Gateway' : 'Service Unavailable'}</h1></body></html>`;

export async function startErpSimulator(options: ErpSimulatorOptions = {}): Promise<ErpSimulatorHandle> {
  const token = options.token ?? DEFAULT_ERP_TOKEN;
  const count = options.clients ?? 2000;
  const totalTitles = options.titles ?? count * 10;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const clients = new ClientSource(count, options.seed);
  const state = new ErpState(options.now ?? (() => new Date()));
  const ctx: SimContext = { clients, state, data: state.tableData({ clients, seed, totalTitles }) };
  const faults = new Faults(() => (options.now ?? (() => new Date()))().getTime());
  const recorded: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const held = new Set<NodeJS.Timeout>();

  function hold(res: ServerResponse, ms: number) {
    const timer = setTimeout(() => {
      held.delete(timer);
      res.socket?.destroy();
    }, ms);
    held.add(timer);
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const method = req.method ?? 'GET';
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      endpoint: null,
      idempotencyKey,
      status: null,
    };
    recorded.push(entry);
    if (recorded.length > 10_000) recorded.splice(0, 5_000);
    res.on('finish', () => (entry.status = res.statusCode));

    const raw = await readBody(req);
    if (raw === null)
      return sendError(res, 413, 'REQUISICAO_MUITO_GRANDE', 'Corpo da requisição muito grande.');
    const candidates = ROUTES.filter((r) => r.pattern.test(url.pathname));
    if (candidates.length === 0)
      return sendError(res, 404, 'NAO_ENCONTRADO', `Recurso ${url.pathname} não existe.`);
    const route = candidates.find((r) => r.method === method);
    if (!route) return sendError(res, 405, 'METODO_NAO_PERMITIDO', `Método ${method} não permitido.`);
    entry.endpoint = route.endpoint;
    if (req.headers.authorization !== `Bearer ${token}`)
      return sendError(res, 401, 'NAO_AUTORIZADO', 'Token de acesso ausente ou inválido.');

    const fault = faults.take(route.endpoint);
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'slow') await sleep(fault.ms);
    if (fault?.kind === 'timeout') return hold(res, fault.ms ?? 60_000);
    if (fault?.kind === 'status')
      return fault.status === 500
        ? sendError(res, 500, 'ERRO_INTERNO', 'Erro interno do ERP.')
        : send(res, fault.status, PROXY_PAGE(fault.status), 'text/html');
    if (fault?.kind === 'malformed') return send(res, 200, '{"registros": [{"chave": "1", ');

    let body: unknown = null;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(res, 400, 'JSON_INVALIDO', 'O corpo da requisição não é um JSON válido.');
      }
    }
    const call: Call = {
      method,
      params: (route.pattern.exec(url.pathname) ?? []).slice(1).map(decodeURIComponent),
      query: url.searchParams,
      body,
      idempotencyKey,
    };

    let reply: Reply;
    if (route.idempotent) {
      if (!idempotencyKey || idempotencyKey.length > 200)
        return sendError(
          res,
          400,
          'CHAVE_IDEMPOTENCIA_AUSENTE',
          'O cabeçalho Idempotency-Key é obrigatório.',
        );
      const replay = state.replay(idempotencyKey, method, url.pathname, body);
      if (replay === 'mismatch')
        return sendError(
          res,
          422,
          'CHAVE_IDEMPOTENCIA_REUTILIZADA',
          'Idempotency-Key já usada para outra requisição.',
        );
      if (replay) reply = { status: replay.status, json: replay.json };
      else {
        reply = await route.handle(ctx, call, false);
        if (reply.status < 500)
          state.remember(idempotencyKey, method, url.pathname, body, reply.status, reply.json);
      }
    } else reply = await route.handle(ctx, call, fault?.kind === 'corruptPdf');

    if (fault?.kind === 'dropAfterProcessing') return void req.socket.destroy();
    if (fault?.kind === 'wrongShape' && reply.status < 300)
      return sendReply(res, { status: 200, json: { resultado: 'ok', dados: [] } });
    sendReply(res, reply);
  }

  const server = createServer((req, res) => {
    dispatch(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        sendError(res, 500, 'ERRO_INTERNO', `Falha no simulador: ${(e as Error).message}`);
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}`,
    token,
    clients: count,
    titles: totalTitles,
    setFault: (endpoint, fault) => faults.set(endpoint, fault),
    clearFaults: () => faults.clear(),
    requests: () => recorded.map((r) => ({ ...r })),
    payTitle(key) {
      const when = state.tick();
      state.titlePatches.set(key, (t: SimTitle) => ({
        ...t,
        status: 'PAGO',
        paidCents: t.amountCents,
        paymentDate: when.slice(0, 10),
        movements: [
          ...t.movements,
          { tipo: 'COBRANCA', data: when.slice(0, 10), valorCents: t.amountCents - t.paidCents },
        ],
        changedAt: when,
      }));
    },
    changeClient: (erpCode, campos) => registerChangeInErp(ctx, erpCode, campos),
    clientFields: (erpCode) => state.registerEdits.get(erpCode)?.campos ?? null,
    clientWrites: (erpCode) => state.clientWrites.get(erpCode) ?? 0,
    order: (numero) => currentOrder(ctx, numero),
    changeOrder: (numero, change) => orderChangeInErp(ctx, numero, change),
    addOrder: (erpCode, o) => addOrderInErp(ctx, erpCode, o),
    orderDecisions: () => state.orderDecisions,
    setConsent(erpCode, change) {
      const index = clients.indexOf(erpCode);
      if (index === null) throw new Error(`cliente ${erpCode} não existe no simulador`);
      for (const { client } of clients.scan(index)) {
        const was = consentJson(client, state.consent.get(erpCode));
        return changeConsent(state.consent, erpCode, change, state.tick(), was);
      }
      throw new Error(`cliente ${erpCode} não existe no simulador`);
    },
    stop: async () => {
      for (const t of held) clearTimeout(t);
      held.clear();
      const closed = new Promise<void>((r) => server.close(() => r()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
