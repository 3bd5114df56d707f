/**
 * Real proxies for the gateway tests, on 127.0.0.1 and started by the tests: a plain HTTP proxy
 * (CONNECT tunnels for https, absolute-URI forwarding for http) and a TLS-inspecting one that
 * re-signs every https site with its own CA, as corporate firewalls do.
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import tls from 'node:tls';
import { createHash, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface TestProxy {
  url: string;
  /** host:port of every CONNECT tunnel opened, in order. */
  tunnels(): string[];
  /** Absolute URLs of every plain-http request forwarded. */
  forwards(): string[];
  stop(): Promise<void>;
}

export interface InspectingProxy extends TestProxy {
  caPem: string;
  /** SPKI pin of the key the proxy presents in place of the real server's. */
  presentedPin: string;
}

async function listen(server: http.Server, sockets: Set<Socket>): Promise<string> {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function stopper(server: http.Server, sockets: Set<Socket>, extra: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of [...sockets, ...extra]) s.destroy();
      server.close(() => resolve());
    });
}

function forward(req: http.IncomingMessage, res: http.ServerResponse, forwards: string[]): void {
  forwards.push(req.url ?? '');
  const target = new URL(req.url ?? '');
  const upstream = http.request(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}

function splitTarget(target: string): { host: string; port: number } {
  const i = target.lastIndexOf(':');
  return { host: target.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(target.slice(i + 1)) };
}

/** `requireAuth`: answers every request and tunnel with 407, as a proxy wanting Basic auth. */
export async function startConnectProxy(opts: { requireAuth?: boolean } = {}): Promise<TestProxy> {
  const tunnels: string[] = [];
  const forwards: string[] = [];
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (!opts.requireAuth) return forward(req, res, forwards);
    res.writeHead(407, { 'proxy-authenticate': 'Basic realm="empresa"' }).end();
  });
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    if (opts.requireAuth) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="empresa"\r\n\r\n',
      );
      return;
    }
    const { host, port } = splitTarget(req.url ?? '');
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const url = await listen(server, sockets);
  return {
    url,
    tunnels: () => [...tunnels],
    forwards: () => [...forwards],
    stop: stopper(server, sockets, upstreams),
  };
}

const spkiPin = (pem: string): string =>
  createHash('sha256')
    .update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

/** `upstreamCa`: what the proxy itself trusts when it connects to the real servers. */
export async function startInspectingProxy(upstreamCa: string[]): Promise<InspectingProxy> {
  const now = Date.now();
  const ca = await generate([{ name: 'commonName', value: 'Proxy Corporativo de Teste' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 7 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 7 * 86_400_000),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const tunnels: string[] = [];
  const forwards: string[] = [];
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  const server = http.createServer((req, res) => forward(req, res, forwards));
  server.on('connect', (req: http.IncomingMessage, client: Socket) => {
    tunnels.push(req.url ?? '');
    const { host, port } = splitTarget(req.url ?? '');
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    // Terminates the client's TLS with a certificate of its own, then opens its own to the server.
    const inner = new tls.TLSSocket(client, {
      isServer: true,
      key: leaf.private,
      cert: `${leaf.cert}\n${ca.cert}`,
    });
    const upstream = tls.connect({ host, port, ca: upstreamCa, servername: undefined });
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    inner.pipe(upstream);
    upstream.pipe(inner);
    upstream.on('error', () => inner.destroy());
    inner.on('error', () => upstream.destroy());
  });
  const url = await listen(server, sockets);
  return {
    url,
    caPem: ca.cert,
    presentedPin: spkiPin(leaf.cert),
    tunnels: () => [...tunnels],
    forwards: () => [...forwards],
    stop: stopper(server, sockets, upstreams),
  };
}

/** An https front for the plain-http ERP simulator, as an ERP published over TLS would be. */
export async function startTlsFront(
  targetPort: number,
): Promise<{ url: string; certPem: string; stop(): Promise<void> }> {
  const now = Date.now();
  const cert = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 7 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const sockets = new Set<Socket>();
  const server = tls.createServer({ key: cert.private, cert: cert.cert }, (client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream);
    upstream.pipe(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    certPem: cert.cert,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
