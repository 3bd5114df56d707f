import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  classifyChromiumError,
  createChromiumHttpPort,
  trustVerifyProc,
  type SessionFactory,
  type VerifyRequest,
} from '../../electron/main/gateways/http/chromium-port';
import { spkiPinOf } from '../../electron/main/gateways/http/peer-trust';
import { generateSimulatorCertificate, type SimulatorCertificate } from '../../tools/simulators/bureau/cert';

/**
 * The Electron port cannot run here (no Electron binary), so its two decisions are tested
 * directly: the certificate verify proc the bureau's session gets, and the error kinds.
 */
const day = 86_400_000;
let bureau: SimulatorCertificate;
let other: SimulatorCertificate;
let companyCa: { cert: string; private: string };
let proxyLeaf: string;

beforeAll(async () => {
  [bureau, other] = await Promise.all([generateSimulatorCertificate(), generateSimulatorCertificate()]);
  const now = Date.now();
  companyCa = await generate([{ name: 'commonName', value: 'Raiz Corporativa' }], {
    keyType: 'rsa',
    keySize: 2048,
    notBeforeDate: new Date(now - day),
    notAfterDate: new Date(now + day),
    extensions: [{ name: 'basicConstraints', cA: true, critical: true }],
  });
  proxyLeaf = (
    await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'rsa',
      keySize: 2048,
      notBeforeDate: new Date(now - day),
      notAfterDate: new Date(now + day),
      ca: { key: companyCa.private, cert: companyCa.cert },
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    })
  ).cert;
});

const chainRequest = (
  pems: string[],
  verificationResult = 'net::ERR_CERT_AUTHORITY_INVALID',
): VerifyRequest => {
  const build = (i: number): VerifyRequest['certificate'] | null =>
    i < pems.length ? { data: pems[i] as string, issuerCert: build(i + 1) } : null;
  return { hostname: '127.0.0.1', verificationResult, certificate: build(0)! };
};

function verdict(trust: { caPem: string | null; spkiPin: string | null }, request: VerifyRequest) {
  const refused: (string | null)[] = [];
  let result: number | null = null;
  trustVerifyProc('127.0.0.1', trust, (pin) => refused.push(pin))(request, (r) => (result = r));
  return { result, refused };
}

describe("the bureau session's certificate verify proc", () => {
  it('accepts the pinned key of a self-signed bureau and refuses a key it does not know', () => {
    expect(
      verdict({ caPem: null, spkiPin: bureau.spkiSha256Base64 }, chainRequest([bureau.certPem])).result,
    ).toBe(0);
    const wrong = verdict({ caPem: null, spkiPin: other.spkiSha256Base64 }, chainRequest([bureau.certPem]));
    expect(wrong).toEqual({ result: -2, refused: [bureau.spkiSha256Base64] });
  });

  it("refuses a TLS-inspecting proxy's chain under the bureau's pin, even when Windows trusts it", () => {
    const proxied = chainRequest([proxyLeaf, companyCa.cert], 'net::OK');
    const r = verdict({ caPem: null, spkiPin: bureau.spkiSha256Base64 }, proxied);
    expect(r).toEqual({ result: -2, refused: [spkiPinOf(new X509Certificate(proxyLeaf))] });
  });

  it('a known certificate appended to a foreign chain proves nothing', () => {
    // The bureau's certificate is public: a server can send it along without owning its key.
    const forged = chainRequest([proxyLeaf, bureau.certPem]);
    expect(verdict({ caPem: null, spkiPin: bureau.spkiSha256Base64 }, forged).result).toBe(-2);
  });

  it('with an imported CA: trusts what it signed, keeps what Chromium trusts, refuses the rest', () => {
    const proxied = chainRequest([proxyLeaf, companyCa.cert]);
    expect(verdict({ caPem: companyCa.cert, spkiPin: null }, proxied).result).toBe(0);
    expect(verdict({ caPem: bureau.certPem, spkiPin: null }, chainRequest([bureau.certPem])).result).toBe(0);
    expect(verdict({ caPem: other.certPem, spkiPin: null }, chainRequest([bureau.certPem])).result).toBe(-2);
    expect(
      verdict({ caPem: other.certPem, spkiPin: null }, chainRequest([bureau.certPem], 'net::OK')).result,
    ).toBe(0);
  });

  it('refuses a certificate that is not for the host, and leaves other hosts to Chromium', () => {
    const foreignHost = { ...chainRequest([bureau.certPem]), hostname: 'deps.example.com' };
    const refused: number[] = [];
    trustVerifyProc(
      'deps.example.com',
      { caPem: bureau.certPem, spkiPin: null },
      () => undefined,
    )(foreignHost, (r) => refused.push(r));
    expect(refused).toEqual([-2]);
    expect(verdict({ caPem: null, spkiPin: bureau.spkiSha256Base64 }, { ...foreignHost }).result).toBe(-3);
  });
});

describe('Chromium network errors keep their kind', () => {
  it.each([
    ['net::ERR_CONNECTION_REFUSED', 'connect', false],
    ['net::ERR_NAME_NOT_RESOLVED', 'connect', false],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls', false],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'proxy', false],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'proxy', false],
    ['net::ERR_EMPTY_RESPONSE', 'network', null],
    ['net::ERR_CONNECTION_RESET', 'network', null],
  ] as const)('%s → %s', (message, kind, sent) => {
    expect(classifyChromiumError(new Error(message))).toMatchObject({ kind, sent });
  });

  it('a timeout cannot tell whether the request arrived', () => {
    expect(classifyChromiumError(new DOMException('late', 'TimeoutError'))).toMatchObject({
      kind: 'timeout',
      sent: null,
    });
  });
});

describe('sessions of the Chromium port', () => {
  it('gives an upstream with its own trust a session of its own, reused, and leaves the rest alone', async () => {
    const made: { partition: string; verifyProc: boolean }[] = [];
    const sessions: SessionFactory = {
      fromPartition(partition) {
        const entry = { partition, verifyProc: false };
        made.push(entry);
        return {
          setCertificateVerifyProc: () => void (entry.verifyProc = true),
          fetch: async () => new Response('{}', { status: 200 }),
        } as never;
      },
    };
    const port = createChromiumHttpPort(sessions);
    const trust = { caPem: null, spkiPin: bureau.spkiSha256Base64 };
    await port.client({ timeoutMs: 1_000 }).fetch('http://erp.local/v1/sobre', { method: 'GET' });
    await port.client({ timeoutMs: 1_000, trust }).fetch('https://127.0.0.1:8443/a', { method: 'POST' });
    await port.client({ timeoutMs: 1_000, trust }).fetch('https://127.0.0.1:8443/b', { method: 'POST' });
    expect(made).toEqual([
      { partition: 'gateways-default', verifyProc: false },
      { partition: expect.stringMatching(/^gateways-[0-9a-f]{24}$/), verifyProc: true },
    ]);
    expect(made.every((m) => !m.partition.startsWith('persist:'))).toBe(true);
  });
});
