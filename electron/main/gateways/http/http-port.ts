/**
 * The one network port both gateways use: a fetch bound to one upstream's trust and timeout.
 * The composition root picks the implementation: Chromium's network stack in Electron (system
 * proxy, PAC, integrated auth, Windows certificate store), undici in the web shell and tests
 * (HTTPS_PROXY / HTTP_PROXY / NO_PROXY).
 */

/** Extra trust for one upstream (the bureau): never widens trust for anything else. */
export interface HttpTrust {
  /** Extra trusted CA certificates (PEM), added to the system roots for this upstream only. */
  caPem: string | null;
  /** base64 SHA-256 of a key the server's chain must contain; when set, it alone decides. */
  spkiPin: string | null;
}

export interface HttpClientOptions {
  /** Budget for connecting and for the response headers; also the longest silence in a body. */
  timeoutMs: number;
  trust?: HttpTrust;
  maxConnections?: number;
}

export interface HttpRequestInit {
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
}

/** The part of a WHATWG Response the gateways read; both undici and Chromium return one. */
export interface HttpResponse {
  status: number;
  text(): Promise<string>;
  /** The raw body: what a job worker's relay transfers to the worker without decoding it here. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface HttpClient {
  /** Never follows redirects: a 3xx comes back as it is. Rejects only with HttpTransportError. */
  fetch(url: string, init: HttpRequestInit): Promise<HttpResponse>;
  close(): void;
}

/**
 * What a job worker needs to build the same port on its own thread: the proxy variables and the
 * company root as this port reads them now (structured-clone values only).
 */
export interface WorkerPortSpec {
  env: Record<string, string>;
  corporateCaPem: string | null;
}

export interface HttpPort {
  readonly kind: 'chromium' | 'undici';
  client(options: HttpClientOptions): HttpClient;
  /**
   * How a worker thread makes the same requests itself (same proxy, same trust), so bodies never
   * cross the main thread; absent when it cannot: Chromium's network stack (system proxy, PAC,
   * Windows store) answers on the main thread only, and its bodies are relayed as bytes.
   */
  forWorker?(): WorkerPortSpec;
}

/**
 * - `tls`: the server's certificate or key was not accepted (nothing was sent);
 * - `connect`: no connection (refused, name not found, connect timeout);
 * - `proxy`: the proxy refused or failed the tunnel;
 * - `timeout`: connected, but no (complete) answer in time;
 * - `network`: the connection broke.
 */
export type TransportFailureKind = 'tls' | 'connect' | 'proxy' | 'timeout' | 'network';

export class HttpTransportError extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    /** true: the request reached the socket; false: surely not sent; null: cannot tell. */
    readonly sent: boolean | null,
    /** Short technical detail for the message (an error code such as ECONNREFUSED). */
    readonly detail: string,
    /** For a pin refusal: the SPKI pin of the key the server presented. */
    readonly presentedPin: string | null = null,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'HttpTransportError';
  }
}

export const isTransportError = (e: unknown): e is HttpTransportError => e instanceof HttpTransportError;
