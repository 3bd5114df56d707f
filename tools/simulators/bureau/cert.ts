import { createHash, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface SimulatorCertificate {
  keyPem: string;
  certPem: string;
  /** base64(sha256(SubjectPublicKeyInfo DER)) — the HPKP-style pin. */
  spkiSha256Base64: string;
  /** Same format as Node's `X509Certificate#fingerprint256` / `getPeerCertificate().fingerprint256`. */
  certFingerprint256: string;
}

/**
 * A fresh self-signed certificate per simulator start, valid for 127.0.0.1, ::1 and localhost.
 * Clients trust it only through the `ca` option, exercising the same path the app will use if
 * the real Deps chain fails to validate (deps-api.md §6).
 */
export async function generateSimulatorCertificate(): Promise<SimulatorCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 30 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  const x509 = new X509Certificate(pems.cert);
  const spkiDer = x509.publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyPem: pems.private,
    certPem: pems.cert,
    spkiSha256Base64: createHash('sha256').update(spkiDer).digest('base64'),
    certFingerprint256: x509.fingerprint256,
  };
}
