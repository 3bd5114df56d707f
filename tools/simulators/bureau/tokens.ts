import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

const ROLE_CLAIM = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';

export interface TokenSubject {
  userId: string;
  email: string;
  userName: string;
  clientId: string;
  clientDocument: string;
  role: string;
  productNames: string[];
}

export interface TokenIssuer {
  issue(subject: TokenSubject): string;
  /** True for a `Bearer <token>` header carrying a live token issued by this simulator. */
  accepts(authorization: string | undefined): boolean;
  expireAll(): void;
}

function base64Url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

/**
 * HS256 tokens with the claim names seen on real Deps tokens (deps-api.md §2). Validity is checked
 * against the injected clock so tests can make a token expire without waiting.
 */
export function createTokenIssuer(ttlSeconds: number, now: () => Date): TokenIssuer {
  const secret = randomBytes(32);
  let liveIds = new Set<string>();

  function sign(content: string): string {
    return createHmac('sha256', secret).update(content).digest('base64url');
  }

  return {
    issue(subject) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const jti = randomUUID();
      const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = base64Url(
        JSON.stringify({
          sub: subject.userId,
          email: subject.email,
          jti,
          nomeusuario: subject.userName,
          clienteid: subject.clientId,
          clientedocumento: subject.clientDocument,
          [ROLE_CLAIM]: subject.role,
          produtos: subject.productNames,
          iat: issuedAt,
          nbf: issuedAt,
          exp: issuedAt + ttlSeconds,
          iss: 'portal.deps.com.br',
          aud: 'portal.deps.com.br',
        }),
      );
      liveIds.add(jti);
      return `${header}.${payload}.${sign(`${header}.${payload}`)}`;
    },

    accepts(authorization) {
      const match = /^Bearer (\S+)$/.exec(authorization ?? '');
      const parts = match?.[1]?.split('.') ?? [];
      if (parts.length !== 3) return false;
      const [header, payload, signature] = parts as [string, string, string];
      const expected = Buffer.from(sign(`${header}.${payload}`));
      const received = Buffer.from(signature);
      if (expected.length !== received.length || !timingSafeEqual(expected, received)) return false;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        jti?: string;
        exp?: number;
      };
      const nowSeconds = now().getTime() / 1000;
      return (
        typeof claims.jti === 'string' &&
        liveIds.has(claims.jti) &&
        typeof claims.exp === 'number' &&
        claims.exp > nowSeconds
      );
    },

    expireAll() {
      liveIds = new Set();
    },
  };
}
