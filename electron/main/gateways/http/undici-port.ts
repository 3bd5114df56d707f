/**
 * The undici port (web shell, tests, tools): EnvHttpProxyAgent honours HTTPS_PROXY, HTTP_PROXY
 * and NO_PROXY; plain-http upstreams are forwarded through the proxy (no CONNECT, which
 * proxies often allow only to port 443), https ones are tunnelled. Verification is always
 * explicit, so a process-wide NODE_TLS_REJECT_UNAUTHORIZED=0 cannot switch it off here.
 */
import fs from 'node:fs';
import tls, { type TLSSocket } from 'node:tls';
import { buildConnector, EnvHttpProxyAgent, fetch, Pool, type Dispatcher } from 'undici';
import {
  HttpTransportError,
  type HttpClient,
  type HttpClientOptions,
  type HttpPort,
  type HttpTrust,
} from './http-port';
import { verifyPinned } from './peer-trust';
import { peerChain } from './peer-chain';

const PIN_REFUSED = 'ERR_PIN_REFUSED';

const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function isTlsError(code: string, message: string): boolean {
  return (
    code === PIN_REFUSED ||
    /^ERR_(TLS|SSL)_|CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)/.test(code) ||
    /certificate|self[- ]signed/i.test(message)
  );
}

type Failure = Error & { code?: string; presentedPin?: string; cause?: unknown };

/** Any error out of undici's fetch → an HttpTransportError with its kind and whether it was sent. */
export function classifyUndiciError(e: unknown, sent: boolean): HttpTransportError {
  if (e instanceof HttpTransportError) return e;
  // fetch wraps the real error in `cause`, sometimes twice (an aborted tunnel): read the chain.
  const chain: Failure[] = [];
  for (let c = e as Failure | undefined; c && chain.length < 5; c = c.cause as Failure | undefined)
    chain.push(c);
  const cause = (chain.find((c) => typeof c.code === 'string' && c.code) ??
    chain[chain.length - 1]) as Failure;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const message =
    chain
      .slice(1)
      .map((c) => c.message)
      .join(' · ') || String(e);
  const detail = code || message;
  if (isTlsError(code, message))
    return new HttpTransportError('tls', false, detail, cause.presentedPin ?? null);
  const proxyMessage = /Proxy response \((\d+)\)|Proxy Authentication Required \((\d+)\)/.exec(message);
  if (proxyMessage || code === 'UND_ERR_PRX_TLS')
    return new HttpTransportError(
      'proxy',
      false,
      proxyMessage ? `HTTP ${proxyMessage[1] ?? proxyMessage[2]}` : detail,
    );
  if (CONNECT_CODES.has(code)) return new HttpTransportError('connect', false, detail);
  if (TIMEOUT_CODES.has(code)) return new HttpTransportError('timeout', sent, detail);
  return new HttpTransportError(sent ? 'network' : 'connect', sent, detail);
}

type Connector = buildConnector.connector;

/** With a pin the platform verifier is bypassed and the pin alone decides, on every new connection. */
function pinnedConnector(base: Connector, pin: string): Connector {
  return (opts, callback) =>
    base(opts, (error, socket) => {
      if (error || !socket || !('getPeerCertificate' in socket)) return callback(error, socket as never);
      const tlsSocket = socket as TLSSocket;
      const verdict = verifyPinned(
        peerChain(tlsSocket.getPeerCertificate(true)),
        opts.hostname,
        pin,
        new Date(),
      );
      if (verdict.ok) return callback(null, socket);
      tlsSocket.destroy();
      const refusal = Object.assign(new Error(`pin: ${verdict.reason}`), {
        code: PIN_REFUSED,
        presentedPin: verdict.presentedPin,
      });
      callback(refusal, null);
    });
}

function tlsOptions(trust: HttpTrust | undefined, corporateCaPem: string | null): tls.ConnectionOptions {
  if (trust?.spkiPin) return { rejectUnauthorized: false };
  const extra = [corporateCaPem, trust?.caPem].filter((pem): pem is string => !!pem);
  if (extra.length === 0) return { rejectUnauthorized: true };
  return { rejectUnauthorized: true, ca: [...tls.rootCertificates, ...extra] };
}

function envValue(env: NodeJS.ProcessEnv, name: string): string {
  return env[name.toLowerCase()] ?? env[name] ?? '';
}

export interface UndiciPortOptions {
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (either case); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /**
   * The company's root (PEM) for a TLS-inspecting proxy: what the Windows store is to Chromium.
   * By default, the file NODE_EXTRA_CA_CERTS names.
   */
  corporateCaPem?: string | null;
}

function createDispatcher(options: HttpClientOptions, port: Required<UndiciPortOptions>): Dispatcher {
  const env = port.env;
  const pin = options.trust?.spkiPin ?? null;
  const targetTls = {
    ...tlsOptions(options.trust, port.corporateCaPem),
    timeout: options.timeoutMs,
    // A resumed session may not carry the peer chain the pin is checked against.
    ...(pin ? { maxCachedSessions: 0 } : {}),
  };
  const factory = (origin: string | URL, opts: object) => {
    const o = opts as Pool.Options & { connect?: Connector | buildConnector.BuildOptions };
    const base = typeof o.connect === 'function' ? o.connect : buildConnector({ ...targetTls, ...o.connect });
    return new Pool(origin, { ...o, connect: pin ? pinnedConnector(base, pin) : base });
  };
  return new EnvHttpProxyAgent({
    httpProxy: envValue(env, 'HTTP_PROXY'),
    httpsProxy: envValue(env, 'HTTPS_PROXY'),
    noProxy: envValue(env, 'NO_PROXY'),
    connect: targetTls,
    requestTls: targetTls,
    proxyTls: { timeout: options.timeoutMs },
    proxyTunnel: false,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: options.maxConnections ?? 6,
    factory,
  } as EnvHttpProxyAgent.Options);
}

function undiciClient(options: HttpClientOptions, port: Required<UndiciPortOptions>): HttpClient {
  const dispatcher = createDispatcher(options, port);
  return {
    async fetch(url, init) {
      // Set once undici hands the request to a connected socket: from then on it may have arrived.
      let sent = false;
      const tracked = dispatcher.compose(
        (dispatch) => (opts, handler) =>
          dispatch(opts, {
            ...bind(handler),
            onRequestStart: (controller, context) => {
              sent = true;
              handler.onRequestStart?.(controller, context);
            },
          }),
      );
      try {
        const response = await fetch(url, { ...init, redirect: 'manual', dispatcher: tracked });
        const failed = (e: unknown) => Promise.reject(classifyUndiciError(e, true));
        return {
          status: response.status,
          text: () => response.text().catch(failed),
          arrayBuffer: () => response.arrayBuffer().catch(failed),
        };
      } catch (e) {
        throw classifyUndiciError(e, sent);
      }
    },
    close: () => void dispatcher.close().catch(() => undefined),
  };
}

function bind(handler: Dispatcher.DispatchHandler): Dispatcher.DispatchHandler {
  return {
    onRequestUpgrade: handler.onRequestUpgrade?.bind(handler),
    onResponseStart: handler.onResponseStart?.bind(handler),
    onResponseData: handler.onResponseData?.bind(handler),
    onResponseEnd: handler.onResponseEnd?.bind(handler),
    onResponseError: handler.onResponseError?.bind(handler),
  };
}

/**
 * Node adds NODE_EXTRA_CA_CERTS to its default store only; a connection that passes its own `ca`
 * (the bureau with an imported CA) would lose it, so the file is read and kept as the company root.
 */
function extraCaFromEnv(env: NodeJS.ProcessEnv): string | null {
  if (!env.NODE_EXTRA_CA_CERTS) return null;
  try {
    return fs.readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8');
  } catch {
    return null;
  }
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'];

/** The proxy variables are read once per client, so a changed NO_PROXY applies to the next one. */
export function createUndiciHttpPort(options: UndiciPortOptions = {}): HttpPort {
  const env = options.env ?? process.env;
  const port = { env, corporateCaPem: options.corporateCaPem ?? extraCaFromEnv(env) };
  return {
    kind: 'undici',
    client: (o) => undiciClient(o, port),
    // A job worker builds this same port from the variables as they are when its job starts.
    forWorker: () => ({
      env: Object.fromEntries(
        PROXY_VARIABLES.flatMap((name) => [name, name.toLowerCase()])
          .filter((name) => env[name] !== undefined)
          .map((name) => [name, env[name] as string]),
      ),
      corporateCaPem: port.corporateCaPem,
    }),
  };
}
