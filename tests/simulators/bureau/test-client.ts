import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../../tools/simulators/bureau/fixtures';
import type { BureauSimulatorHandle } from '../../../tools/simulators/bureau/types';

/** Test-only HTTPS client: always verifies TLS against the simulator's CA unless told otherwise. */
export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  rawBody?: string;
  token?: string;
  authorization?: string;
  timeoutMs?: number;
  /** Omit the simulator CA to check that verification really happens. */
  withoutCa?: boolean;
}

export interface CallResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
  peerFingerprint256: string;
  peerPublicKey: Buffer;
}

export function callSimulator(handle: BureauSimulatorHandle, options: CallOptions): Promise<CallResult> {
  const payload = options.rawBody ?? (options.body === undefined ? '' : JSON.stringify(options.body));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization) headers.authorization = authorization;
  if (payload) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${handle.url}${options.path}`,
      {
        method: options.method ?? 'POST',
        headers,
        agent: false,
        ca: options.withoutCa ? undefined : handle.caPem,
      },
      (response) => {
        const peer = (response.socket as TLSSocket).getPeerCertificate();
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = text ? (JSON.parse(text) as unknown) : null;
          } catch {
            json = null;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json,
            peerFingerprint256: peer.fingerprint256,
            peerPublicKey: peer.pubkey ?? Buffer.alloc(0),
          });
        });
      },
    );
    if (options.timeoutMs !== undefined) {
      outgoing.setTimeout(options.timeoutMs, () =>
        outgoing.destroy(Object.assign(new Error('timeout'), { code: 'CLIENT_TIMEOUT' })),
      );
    }
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

export async function loginToken(
  handle: BureauSimulatorHandle,
  email = DEFAULT_EMAIL,
  senha = DEFAULT_PASSWORD,
): Promise<string> {
  const result = await callSimulator(handle, { path: '/api/v3/conta/entrar', body: { email, senha } });
  const token = dig(result.json, 'access_token');
  if (result.status !== 200 || typeof token !== 'string')
    throw new Error(`login falhou: ${result.status} ${result.text}`);
  return token;
}

export type MixParams = Record<string, string | number | boolean>;

/** Runs a Deps Mix query with the parameters in the JSON body (default) or in the query string. */
export function queryMix(
  handle: BureauSimulatorHandle,
  token: string | undefined,
  params: MixParams,
  via: 'body' | 'query' = 'body',
  timeoutMs?: number,
): Promise<CallResult> {
  if (via === 'body')
    return callSimulator(handle, { path: '/api/v3/consultas/depsmix', body: params, token, timeoutMs });
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [name, String(value)]),
  );
  return callSimulator(handle, { path: `/api/v3/consultas/depsmix?${search}`, token, timeoutMs });
}

/** Reads `a.b.0.c` out of parsed JSON; undefined when any step is missing. */
export function dig(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, step) => {
    if (current === null || typeof current !== 'object') return undefined;
    return (current as Record<string, unknown>)[step];
  }, value);
}
