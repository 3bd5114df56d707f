import https from 'node:https';
import tls, { type PeerCertificate } from 'node:tls';
import { pinnedAnchorPem, type Endpoint } from './pin-probe';
import { peerChain, spkiSha256Base64 } from './spki';

export interface BureauTlsOptions {
  /** Extra trusted CA (PEM), added to Node's bundled roots for this connection only. */
  caPem: string | null;
  /** base64 SHA-256 of a key in the server's chain; checked on every connection. */
  spkiPin: string | null;
}

export const PIN_MISMATCH = 'ERR_BUREAU_PIN_MISMATCH';

function pinCheck(pin: string) {
  return (host: string, cert: PeerCertificate): Error | undefined => {
    const identityError = tls.checkServerIdentity(host, cert);
    if (identityError) return identityError;
    if (peerChain(cert).some((c) => spkiSha256Base64(c) === pin)) return undefined;
    return Object.assign(new Error('A chave do servidor não corresponde ao pin configurado.'), {
      code: PIN_MISMATCH,
    });
  };
}

/**
 * The bureau's own agent. `rejectUnauthorized: true` is passed explicitly so the process-wide
 * NODE_TLS_REJECT_UNAUTHORIZED=0 (which Ema ERP's setup told admins to set) cannot switch
 * verification off for this connection; trust is widened only by the admin's CA or pin.
 */
export async function createBureauAgent(
  endpoint: Endpoint,
  options: BureauTlsOptions,
  timeoutMs: number,
): Promise<https.Agent> {
  const extra: string[] = [];
  if (options.caPem) extra.push(options.caPem);
  if (options.spkiPin) extra.push(await pinnedAnchorPem(endpoint, options.spkiPin, timeoutMs));
  return new https.Agent({
    keepAlive: true,
    maxSockets: 4,
    rejectUnauthorized: true,
    ...(extra.length > 0 ? { ca: [...tls.rootCertificates, ...extra] } : {}),
    ...(options.spkiPin ? { checkServerIdentity: pinCheck(options.spkiPin) } : {}),
  });
}
