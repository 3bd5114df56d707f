/**
 * The Electron port: requests go through Chromium's network stack on dedicated in-memory
 * sessions, so the system proxy, PAC scripts, integrated (NTLM/Kerberos) proxy auth and the
 * Windows certificate store apply as they do in the company's browser. An upstream with its
 * own trust (the bureau's imported CA or pin) gets a session of its own whose certificate
 * verify proc applies that trust to that host only.
 */
import { createHash, X509Certificate } from 'node:crypto';
import type { Session } from 'electron';
import {
  HttpTransportError,
  type HttpClient,
  type HttpClientOptions,
  type HttpPort,
  type HttpTrust,
  type TransportFailureKind,
} from './http-port';
import { verifyPinned, verifyWithCa } from './peer-trust';

/** What the verify proc receives (Electron's CertificateVerifyProcProcRequest, the fields used). */
export interface VerifyRequest {
  hostname: string;
  verificationResult: string;
  certificate: ChromiumCertificate;
}
interface ChromiumCertificate {
  data: string;
  issuerCert?: ChromiumCertificate | null;
}

const ACCEPT = 0;
const REFUSE = -2;
const USE_CHROMIUM = -3;

function chainOf(cert: ChromiumCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  for (let c: ChromiumCertificate | null | undefined = cert; c && chain.length < 10; c = c.issuerCert) {
    const x = new X509Certificate(c.data);
    if (chain.some((seen) => seen.fingerprint256 === x.fingerprint256)) break;
    chain.push(x);
  }
  return chain;
}

/**
 * The verify proc of an upstream with its own trust. A pin alone decides; an imported CA adds
 * to what Chromium (the Windows store) already trusts; any other host keeps Chromium's verdict.
 */
export function trustVerifyProc(host: string, trust: HttpTrust, onRefused: (pin: string | null) => void) {
  return (request: VerifyRequest, callback: (result: number) => void): void => {
    if (request.hostname.toLowerCase() !== host.toLowerCase()) return callback(USE_CHROMIUM);
    const now = new Date();
    const chain = chainOf(request.certificate);
    const verdict = trust.spkiPin
      ? verifyPinned(chain, host, trust.spkiPin, now)
      : request.verificationResult === 'net::OK'
        ? ({ ok: true } as const)
        : trust.caPem
          ? verifyWithCa(chain, host, trust.caPem, now)
          : null;
    if (verdict === null) return callback(USE_CHROMIUM);
    if (!verdict.ok) onRefused(verdict.presentedPin);
    callback(verdict.ok ? ACCEPT : REFUSE);
  };
}

const NOT_SENT: [RegExp, TransportFailureKind][] = [
  [/^ERR_(CERT_|SSL_|BAD_SSL|CERTIFICATE_)/, 'tls'],
  [/^ERR_(PROXY_|TUNNEL_|MANDATORY_PROXY|PAC_|HTTPS_PROXY)/, 'proxy'],
  [
    /^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_REFUSED|CONNECTION_TIMED_OUT|ADDRESS_UNREACHABLE|ADDRESS_INVALID|INTERNET_DISCONNECTED|NETWORK_ACCESS_DENIED|UNSAFE_PORT)$/,
    'connect',
  ],
];

/** Chromium reports `net::ERR_…` names; only the connection-phase ones prove nothing was sent. */
export function classifyChromiumError(e: unknown, presentedPin: string | null = null): HttpTransportError {
  if (e instanceof HttpTransportError) return e;
  const err = e as Error & { cause?: Error };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
    return new HttpTransportError('timeout', null, 'sem resposta no prazo');
  const text = `${err?.message ?? ''} ${err?.cause?.message ?? ''}`;
  const name = /net::(ERR_[A-Z_0-9]+)/.exec(text)?.[1] ?? '';
  for (const [pattern, kind] of NOT_SENT) {
    if (pattern.test(name))
      return new HttpTransportError(kind, false, name, kind === 'tls' ? presentedPin : null);
  }
  return new HttpTransportError('network', null, name || err?.message || String(e));
}

export interface SessionFactory {
  fromPartition(partition: string, options?: { cache?: boolean }): Session;
}

export function createChromiumHttpPort(sessions: SessionFactory): HttpPort {
  const partitions = new Map<string, { session: Session; lastRefusal: { pin: string | null } }>();
  function sessionFor(url: string, trust: HttpTrust | undefined) {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const special = trust && (trust.caPem || trust.spkiPin) ? trust : null;
    const key = special
      ? createHash('sha256')
          .update(JSON.stringify([host, special.caPem, special.spkiPin]))
          .digest('hex')
          .slice(0, 24)
      : 'default';
    let entry = partitions.get(key);
    if (!entry) {
      // No "persist:" prefix: in memory only, nothing of it written to the profile.
      const session = sessions.fromPartition(`gateways-${key}`, { cache: false });
      const lastRefusal = { pin: null as string | null };
      if (special)
        session.setCertificateVerifyProc(trustVerifyProc(host, special, (pin) => (lastRefusal.pin = pin)));
      entry = { session, lastRefusal };
      partitions.set(key, entry);
    }
    return entry;
  }
  return {
    kind: 'chromium',
    client(options: HttpClientOptions): HttpClient {
      return {
        async fetch(url, init) {
          const { session, lastRefusal } = sessionFor(url, options.trust);
          try {
            const response = await session.fetch(url, {
              ...init,
              redirect: 'manual',
              credentials: 'omit',
              signal: AbortSignal.timeout(options.timeoutMs),
            });
            const failed = (e: unknown) => Promise.reject(classifyChromiumError(e));
            return {
              status: response.status,
              text: () => response.text().catch(failed),
              arrayBuffer: () => response.arrayBuffer().catch(failed),
            };
          } catch (e) {
            throw classifyChromiumError(e, lastRefusal.pin);
          }
        },
        close: () => undefined,
      };
    },
  };
}
