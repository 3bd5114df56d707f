/**
 * Runs one step against the central database and tells a dead connection apart from a real
 * error: the server down, the network gone or a connection cut become the pt-BR "Sem conexão
 * com o banco central" (FLOOR_UNREACHABLE); an AppFailure or an error the server itself
 * reported (a constraint, a bug) stays what it is.
 */
import { AppFailure } from '../../../../shared/ipc/result';

/** The server answered with a SQLSTATE: the database works, the statement failed. */
const isServerError = (e: unknown): e is { code: string } =>
  typeof e === 'object' &&
  e !== null &&
  'severity' in e &&
  typeof (e as { code?: unknown }).code === 'string';

const CONNECTION_SQLSTATE = /^(08|57P0[1-3])/;
/** What node and pg say when the socket is refused, cut, or never answers. */
const NETWORK =
  /ECONN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|timeout|terminated|Connection|ended/i;

export function isCentralUnreachable(e: unknown): boolean {
  if (e instanceof AppFailure) return false;
  if (isServerError(e)) return CONNECTION_SQLSTATE.test(e.code);
  return e instanceof Error && NETWORK.test(`${String((e as { code?: unknown }).code ?? '')} ${e.message}`);
}

export async function onCentral<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (isCentralUnreachable(e)) throw new AppFailure('floorAccounts.unreachable');
    throw e;
  }
}

/** Two seats wrote the same unique value at once: the second one learns it from the index. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  return isServerError(e) && e.code === '23505' && (e as { constraint?: string }).constraint === constraint;
}
