import { AppFailure } from '../../../../shared/ipc/result';
import type { BureauAction } from '../../../../shared/ipc/messages/bureau.messages';
import type { HttpClient, HttpPort, HttpTrust } from '../http/http-port';
import { createUndiciHttpPort } from '../http/undici-port';
import { bureauCode, bureauMessage, transportFailure } from './bureau-errors';
import { mapLogin, type BureauSession } from './mappers/login.mapper';

export type BureauTlsOptions = HttpTrust;

export interface BureauConnection {
  baseUrl: string;
  email: string;
  password: string;
  tls: BureauTlsOptions;
  timeoutMs: number;
  /** The network port from the core; tools and tests without a core get undici with the env proxy. */
  http?: HttpPort;
}

/** One answer as the client reads it: the body parsed when it is JSON, kept as text otherwise. */
interface Answer {
  status: number;
  data: unknown;
  text: string;
}

/** Holds the bearer token between calls, so a query does not cost an extra login each time. */
export interface TokenHolder {
  get(): BureauSession | null;
  set(session: BureauSession | null): void;
}

export interface MixQuery {
  document: string;
  productId: string;
  /** true asks the bureau to return a stored result instead of running (and billing) a new query. */
  reuseExisting: boolean;
}

/** Any 200 counts as done: the bureau answered and may have billed, so the body is kept whatever it is. */
export interface MixAnswer {
  body: unknown;
  text: string;
}

export interface BureauClient {
  login(): Promise<BureauSession>;
  queryMix(query: MixQuery): Promise<MixAnswer>;
  /** Provisional receivables endpoint (deps-api.md §5); returns the bureau's acknowledgement. */
  postReceivables(batch: unknown): Promise<{ status: number; body: unknown }>;
  close(): void;
}

const REFRESH_MARGIN_MS = 60_000;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** 407 comes from the network's proxy: the request never reached the bureau. */
const proxyRefused = () => new AppFailure('bureau.proxyAuth');

async function send(
  client: HttpClient,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  what: BureauAction,
): Promise<Answer> {
  try {
    const response = await client.fetch(url, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    });
    const text = await response.text();
    if (response.status === 407) throw proxyRefused();
    return { status: response.status, data: parsed(text), text };
  } catch (e) {
    throw transportFailure(e, what);
  }
}

function rejected(response: Answer): AppFailure {
  const message = bureauMessage(response.data);
  const code = bureauCode(response.data);
  if (code === 'SEM_CONSULTA_REUTILIZAVEL') {
    return new AppFailure('bureau.nothingToReuse', { serverMessage: message });
  }
  return new AppFailure('bureau.queryRejected', { serverMessage: message, status: response.status });
}

/**
 * Deps Portal client (deps-api.md §2–§4) over a client of its own, trusting only what the admin
 * configured for this host (imported CA, pin). It never retries a query on its own except
 * after a 401, which the bureau answers before running anything.
 */
export async function createBureauClient(conn: BureauConnection, tokens: TokenHolder): Promise<BureauClient> {
  const client = (conn.http ?? createUndiciHttpPort()).client({
    timeoutMs: conn.timeoutMs,
    trust: conn.tls,
    maxConnections: 4,
  });
  const base = conn.baseUrl.replace(/\/+$/, '');
  const post = (path: string, body: unknown, what: BureauAction, headers: Record<string, string> = {}) =>
    send(client, `${base}${path}`, body, headers, what);

  async function login(): Promise<BureauSession> {
    let response: Answer;
    try {
      response = await post('/api/v3/conta/entrar', { email: conn.email, senha: conn.password }, 'login');
    } catch (e) {
      // A login never costs anything: an unanswered one is simply unreachable.
      if (e instanceof AppFailure && e.code === 'BUREAU_AMBIGUOUS')
        throw new AppFailure('bureau.loginTimeout');
      throw e;
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const message = bureauMessage(response.data);
      throw new AppFailure('bureau.loginRejected', { serverMessage: message, status: response.status });
    }
    if (response.status !== 200) {
      throw new AppFailure('bureau.loginServerError', { status: response.status });
    }
    const session = mapLogin(response.data, Date.now());
    if (!session) throw new AppFailure('bureau.loginNoToken');
    tokens.set(session);
    return session;
  }

  async function token(): Promise<string> {
    const held = tokens.get();
    if (held && held.expiresAt - REFRESH_MARGIN_MS > Date.now()) return held.accessToken;
    return (await login()).accessToken;
  }

  /** One authenticated POST; on 401 the token is renewed once (the bureau ran nothing). */
  async function authedPost(path: string, body: unknown, what: BureauAction): Promise<Answer> {
    const attempt = async () => post(path, body, what, { authorization: `Bearer ${await token()}` });
    const first = await attempt();
    if (first.status !== 401) return first;
    tokens.set(null);
    const second = await attempt();
    if (second.status === 401) throw new AppFailure('bureau.tokenRefused');
    return second;
  }

  return {
    login,
    async queryMix(q) {
      const response = await authedPost(
        '/api/v3/consultas/depsmix',
        {
          documento: q.document,
          identificadorProduto: q.productId,
          reutilizarDadosExistentes: q.reuseExisting,
        },
        'query',
      );
      if (response.status === 200) return { body: response.data, text: response.text };
      if (response.status >= 400 && response.status < 500) {
        throw rejected(response);
      }
      // A gateway error may hide an upstream that did run the query: treat as unanswered.
      if (response.status === 502 || response.status === 504) {
        throw new AppFailure('bureau.gatewayAmbiguous', { status: response.status });
      }
      throw new AppFailure('bureau.serverError', { status: response.status });
    },
    async postReceivables(batch) {
      const response = await authedPost('/api/v3/contas-receber/lotes', batch, 'receivables');
      return { status: response.status, body: response.data };
    },
    close: () => client.close(),
  };
}

export type { BureauSession };
