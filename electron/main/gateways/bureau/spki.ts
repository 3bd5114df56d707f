import { X509Certificate } from 'node:crypto';
import type { CaCertificateInfo } from '../../../../shared/ipc/dto/bureau';
import { AppFailure } from '../../../../shared/ipc/result';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Validates an imported CA file: one or more PEM certificates, each parseable. Returns the
 * normalized PEM (only the certificate blocks) and what the admin sees about the first one.
 */
export function readCaPem(text: string, now: Date): { pem: string; info: CaCertificateInfo } {
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    throw new AppFailure('bureau.pemMissing');
  }
  const certs = blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new AppFailure('bureau.pemCorrupt');
    }
  });
  const first = certs[0] as X509Certificate;
  return { pem: blocks.join('\n'), info: describeCertificate(first, now) };
}

export function describeCertificate(cert: X509Certificate, now: Date): CaCertificateInfo {
  const validTo = new Date(cert.validTo);
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: validTo.toISOString(),
    fingerprint256: cert.fingerprint256,
    expired: validTo.getTime() < now.getTime(),
  };
}
