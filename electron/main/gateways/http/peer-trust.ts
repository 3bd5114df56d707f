/**
 * Decides whether a presented certificate chain is trusted by an admin's pin or imported CA,
 * for the cases the platform verifier cannot (a self-signed bureau, an imported CA in
 * Chromium). Both ports use it, so the pin means the same thing in Electron and in Node.
 */
import { createHash, X509Certificate } from 'node:crypto';
import net from 'node:net';

export type TrustVerdict = { ok: true } | { ok: false; reason: string; presentedPin: string | null };

const MAX_DEPTH = 10;

/** base64(sha256(SubjectPublicKeyInfo DER)): the HPKP-style pin an admin can compare with Deps. */
export function spkiPinOf(cert: X509Certificate): string {
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function parsePemBundle(pem: string): X509Certificate[] {
  return (pem.match(PEM_BLOCK) ?? []).map((block) => new X509Certificate(block));
}

function validAt(cert: X509Certificate, now: Date): boolean {
  return Date.parse(cert.validFrom) <= now.getTime() && now.getTime() <= Date.parse(cert.validTo);
}

function matchesHost(cert: X509Certificate, host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return net.isIP(bare) ? cert.checkIP(bare) !== undefined : cert.checkHost(bare) !== undefined;
}

const signedBy = (cert: X509Certificate, issuer: X509Certificate): boolean =>
  cert.checkIssued(issuer) && cert.verify(issuer.publicKey);

/**
 * Walks the chain from the leaf: every link must be signed by the next certificate (a CA),
 * until a certificate that `isAnchor` accepts, or one signed by an extra anchor. The leaf
 * must be valid now and name `host`. Extra certificates a server appends prove nothing:
 * only a signed path from the leaf counts.
 */
export function verifyChain(
  chain: X509Certificate[],
  host: string,
  now: Date,
  trust: { isAnchor: (cert: X509Certificate) => boolean; issuers?: X509Certificate[] },
): TrustVerdict {
  const leaf = chain[0];
  const presentedPin = leaf ? spkiPinOf(leaf) : null;
  const refuse = (reason: string): TrustVerdict => ({ ok: false, reason, presentedPin });
  if (!leaf) return refuse('o servidor não apresentou certificado');
  if (!matchesHost(leaf, host)) return refuse(`o certificado não é de ${host}`);
  for (let i = 0; i < Math.min(chain.length, MAX_DEPTH); i++) {
    const cert = chain[i] as X509Certificate;
    if (!validAt(cert, now)) return refuse('certificado vencido ou ainda não válido');
    if (trust.isAnchor(cert)) return { ok: true };
    const issuer = trust.issuers?.find((a) => signedBy(cert, a));
    if (issuer) return validAt(issuer, now) ? { ok: true } : refuse('a CA importada está vencida');
    const next = chain[i + 1];
    if (!next || !next.ca || !signedBy(cert, next)) break;
  }
  return refuse('nenhum certificado confiável na cadeia');
}

export function verifyPinned(chain: X509Certificate[], host: string, pin: string, now: Date): TrustVerdict {
  return verifyChain(chain, host, now, { isAnchor: (c) => spkiPinOf(c) === pin });
}

export function verifyWithCa(chain: X509Certificate[], host: string, caPem: string, now: Date): TrustVerdict {
  const anchors = parsePemBundle(caPem);
  const raws = new Set(anchors.map((a) => a.fingerprint256));
  return verifyChain(chain, host, now, { isAnchor: (c) => raws.has(c.fingerprint256), issuers: anchors });
}
