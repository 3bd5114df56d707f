import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { generateSimulatorCertificate } from './cert';
import type { SimulatorContext } from './context';
import { FaultController } from './faults';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD, DEFAULT_TOKEN_TTL_SECONDS } from './fixtures';
import { errorReply, parseBody, readBody, writeReply, type IncomingCall, type Reply } from './http-io';
import { ReceivablesStore } from './receivables-store';
import { matchRoute } from './routes';
import { createTokenIssuer } from './tokens';
import type { BureauSimulatorHandle, BureauSimulatorOptions } from './types';

export type * from './types';

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

function createContext(options: BureauSimulatorOptions): SimulatorContext {
  const now = options.now ?? (() => new Date());
  const tokenTtlSeconds = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!(tokenTtlSeconds > 0)) throw new Error('tokenTtlSeconds deve ser maior que zero.');
  return {
    email: options.email ?? DEFAULT_EMAIL,
    password: options.password ?? DEFAULT_PASSWORD,
    tokenTtlSeconds,
    now,
    tokens: createTokenIssuer(tokenTtlSeconds, now),
    faults: new FaultController(),
    billedQueries: 0,
    storedQueries: new Map(),
    receivables: new ReceivablesStore(),
    requests: [],
    subjects: options.subjects ?? (() => undefined),
  };
}

function recordedBody(call: IncomingCall): unknown {
  if (call.body.kind === 'json') return call.body.value;
  return call.body.kind === 'invalid' ? call.body.raw : null;
}

/**
 * A real HTTPS server on 127.0.0.1 that speaks the Deps Portal API as far as it is known
 * (deps-api.md §2–§4, §7), plus a provisional receivables endpoint (§5) and fault injection.
 */
export async function startBureauSimulator(
  options: BureauSimulatorOptions = {},
): Promise<BureauSimulatorHandle> {
  const context = createContext(options);
  const certificate = await generateSimulatorCertificate();
  const sockets = new Set<Socket>();
  const holdTimers = new Set<NodeJS.Timeout>();

  function holdSilently(response: ServerResponse, ms: number): void {
    // The request was processed (and billed); the client only ever sees a timeout or a reset.
    const timer = setTimeout(() => {
      holdTimers.delete(timer);
      response.socket?.destroy();
    }, ms);
    holdTimers.add(timer);
  }

  async function dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `https://${HOST}`);
    const { raw, tooLarge } = await readBody(request, MAX_BODY_BYTES);
    const call: IncomingCall = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: tooLarge ? { kind: 'empty' } : parseBody(raw),
      authorization: request.headers.authorization,
    };
    context.requests.push({
      method: call.method,
      path: call.path,
      query: Object.fromEntries(url.searchParams),
      body: options.recordBodies === false ? null : recordedBody(call),
      hasAuthorization: call.authorization !== undefined,
      receivedAt: context.now().toISOString(),
    });
    if (tooLarge)
      return writeReply(
        response,
        errorReply(413, 'REQUISICAO_MUITO_GRANDE', 'Corpo da requisição muito grande.'),
      );

    const match = matchRoute(call.method, call.path);
    if (match.kind === 'notFound') return writeReply(response, { status: 404 });
    if (match.kind === 'wrongMethod')
      return writeReply(response, { status: 405, headers: { allow: match.allowed } });

    const { route } = match;
    if (route.faultable) {
      const faultReply = await context.faults.beforeHandling();
      if (faultReply) return writeReply(response, faultReply);
    }
    const reply: Reply = route.handle(context, call);
    const holdMs = route.faultable ? context.faults.holdAfterProcessingMs() : null;
    if (holdMs !== null) return holdSilently(response, holdMs);
    writeReply(response, reply);
  }

  const server: Server = createServer(
    { key: certificate.keyPem, cert: certificate.certPem },
    (request, response) => {
      dispatch(request, response).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent)
          writeReply(response, errorReply(500, 'ERRO_INTERNO', `Falha no simulador: ${message}`));
      });
    },
  );
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `https://${HOST}:${port}`,
    port,
    caPem: certificate.certPem,
    spkiSha256Base64: certificate.spkiSha256Base64,
    certFingerprint256: certificate.certFingerprint256,
    billedQueries: () => context.billedQueries,
    requests: () => context.requests.map((recorded) => ({ ...recorded })),
    setFault: (fault) => context.faults.set(fault),
    expireTokens: () => context.tokens.expireAll(),
    receivables: () => context.receivables.snapshot(),
    stop: async () => {
      for (const timer of holdTimers) clearTimeout(timer);
      holdTimers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
