import net from 'node:net';
import tls from 'node:tls';
import { AppFailure } from '../../../../shared/ipc/result';
import { peerChain, spkiSha256Base64 } from './spki';

export interface Endpoint {
  host: string;
  port: number;
}

const anchors = new Map<string, string>();

/**
 * With only a pin configured, the certificate whose key matches the pin becomes the trust
 * anchor of the bureau agent (which itself always verifies the chain). To learn that
 * certificate, this handshake-only socket reads the presented chain WITHOUT trusting it: it
 * never writes a byte of application data, and nothing is trusted unless a key in the chain
 * hashes to the admin's pin. Results are cached per endpoint and pin for the process.
 */
export async function pinnedAnchorPem(endpoint: Endpoint, pin: string, timeoutMs: number): Promise<string> {
  const cacheKey = `${endpoint.host}:${endpoint.port}|${pin}`;
  const cached = anchors.get(cacheKey);
  if (cached) return cached;
  const chain = await new Promise<ReturnType<typeof peerChain>>((resolve, reject) => {
    const socket = tls.connect({
      host: endpoint.host,
      port: endpoint.port,
      servername: net.isIP(endpoint.host) ? undefined : endpoint.host,
      rejectUnauthorized: false,
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timeout')));
    socket.once('secureConnect', () => {
      const presented = peerChain(socket.getPeerCertificate(true));
      socket.destroy();
      resolve(presented);
    });
    socket.once('error', (e) =>
      reject(
        new AppFailure(
          'BUREAU_UNREACHABLE',
          `Não foi possível conectar ao bureau para verificar o pin: ${e.message}.`,
        ),
      ),
    );
  });
  const match = chain.find((cert) => spkiSha256Base64(cert) === pin);
  if (!match) {
    const presented = chain[0] ? spkiSha256Base64(chain[0]) : 'nenhuma';
    throw new AppFailure(
      'BUREAU_TLS',
      `A chave do servidor do bureau não corresponde ao pin configurado (chave apresentada: ${presented}). ` +
        'Nenhum dado foi enviado. Confirme o pin com o suporte do bureau.',
    );
  }
  anchors.set(cacheKey, match.toString());
  return match.toString();
}
