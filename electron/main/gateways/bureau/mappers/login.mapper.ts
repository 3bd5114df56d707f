import type { BureauProduct } from '../../../../../shared/ipc/dto/bureau';

export interface BureauSession {
  accessToken: string;
  /** Absolute expiry, from the `expires_in` the bureau announced (never hard-coded). */
  expiresAt: number;
  products: BureauProduct[];
}

/** Older clients saw the whole answer wrapped in an array (deps-api.md §2); both shapes are read. */
const unwrap = (body: unknown): unknown => (Array.isArray(body) ? body[0] : body);

function readProducts(raw: unknown): BureauProduct[] {
  if (!Array.isArray(raw)) return [];
  const out: BureauProduct[] = [];
  for (const p of raw) {
    const item = p as { identificador?: unknown; nome?: unknown; tipoPessoa?: unknown } | null;
    if (typeof item?.identificador !== 'string' || item.identificador.trim() === '') continue;
    const personType = item.tipoPessoa === 'F' || item.tipoPessoa === 'J' ? item.tipoPessoa : null;
    if (!personType) continue;
    out.push({
      id: item.identificador.trim(),
      name: typeof item.nome === 'string' && item.nome.trim() !== '' ? item.nome.trim() : item.identificador,
      personType,
    });
  }
  return out;
}

/** null when the answer has no token: the caller reports a bad response. */
export function mapLogin(body: unknown, nowMs: number): BureauSession | null {
  const b = unwrap(body) as { access_token?: unknown; expires_in?: unknown; produtos?: unknown } | null;
  if (typeof b?.access_token !== 'string' || b.access_token === '') return null;
  const seconds = typeof b.expires_in === 'number' && b.expires_in > 0 ? b.expires_in : 300;
  return {
    accessToken: b.access_token,
    expiresAt: nowMs + seconds * 1000,
    products: readProducts(b.produtos),
  };
}
