import type { BureauRunOutcome } from '../../../../shared/ipc/dto/bureau';
import type { Core } from '../../core-types';
import { closeQuery, listPendingQueries } from '../../db/repos/bureau-queries.repo';

/** Queries whose bureau call is running in this process, by idempotency key. */
const mapFor = (core: Core): Map<string, Promise<BureauRunOutcome>> => core.state.bureauQueries;

export function trackInFlight(
  core: Core,
  key: string,
  run: Promise<BureauRunOutcome>,
): Promise<BureauRunOutcome> {
  const m = mapFor(core);
  m.set(key, run);
  void run.then(
    () => m.delete(key),
    () => m.delete(key),
  );
  return run;
}

export function waitInFlight(core: Core, key: string): Promise<BureauRunOutcome> | undefined {
  return mapFor(core).get(key);
}

export const ORPHAN_MESSAGE =
  'O aplicativo foi fechado antes da resposta do bureau. A consulta pode ter sido processada e cobrada; ' +
  'ela não foi repetida. Use "Verificar no bureau" para obter o resultado sem nova cobrança.';

/**
 * A `pending` row with no call running in this process was left by a crash or a closed app:
 * it may have reached the bureau, so it becomes `unknown` (never retried, never forgotten).
 */
export function settleOrphans(core: Core): void {
  const running = mapFor(core);
  const at = core.now().toISOString();
  for (const r of listPendingQueries(core.db)) {
    if (running.has(r.idempotency_key)) continue;
    closeQuery(core.db, r.id, 'unknown', {
      finishedAt: at,
      errorCode: 'BUREAU_AMBIGUOUS',
      errorMessage: ORPHAN_MESSAGE,
    });
  }
}
