import { createHash } from 'node:crypto';
import type { SimulatorContext } from './context';
import { errorReply, jsonReply, unauthorizedReply, type IncomingCall, type Reply } from './http-io';
import { validateBatch } from './receivables-validation';

/**
 * PROVISIONAL receivables upload. The real Deps path, schema and answers are unknown
 * (deps-api.md §5); this contract is ours and must be replaced once Deps publishes theirs.
 */
export const MAX_BATCH_ROWS = 1000;

function readBatch(call: IncomingCall): { loteId: string; registros: unknown[] } | null {
  if (call.body.kind !== 'json') return null;
  const body = call.body.value as { loteId?: unknown; registros?: unknown } | null;
  if (typeof body !== 'object' || body === null) return null;
  if (typeof body.loteId !== 'string' || body.loteId.trim() === '' || !Array.isArray(body.registros))
    return null;
  return { loteId: body.loteId, registros: body.registros };
}

/** `POST /api/v3/contas-receber/lotes` — all-or-nothing batch, idempotent by `loteId` and `chave`. */
export function handleReceivablesBatch(context: SimulatorContext, call: IncomingCall): Reply {
  if (!context.tokens.accepts(call.authorization)) return unauthorizedReply();
  const batch = readBatch(call);
  if (!batch) return errorReply(400, 'LOTE_INVALIDO', 'Informe loteId e a lista de registros.');
  if (batch.registros.length > MAX_BATCH_ROWS) {
    return errorReply(413, 'LOTE_MUITO_GRANDE', `O lote excede o limite de ${MAX_BATCH_ROWS} registros.`);
  }
  if (batch.registros.length === 0) return errorReply(400, 'LOTE_INVALIDO', 'O lote não contém registros.');

  const contentHash = createHash('sha256').update(JSON.stringify(batch.registros)).digest('hex');
  const previous = context.receivables.findBatch(batch.loteId);
  if (previous) {
    if (previous.contentHash === contentHash) return jsonReply(200, previous.ack);
    return errorReply(409, 'LOTE_JA_RECEBIDO', 'Este loteId já foi recebido com conteúdo diferente.');
  }

  const validation = validateBatch(batch.registros, (title) => context.receivables.hasEntryFor(title));
  if (!validation.ok) {
    return jsonReply(422, {
      codigo: 'REGISTROS_INVALIDOS',
      mensagem: `${validation.rejected.length} registro(s) inválido(s); nenhum registro do lote foi gravado.`,
      rejeitados: validation.rejected,
    });
  }
  const ack = context.receivables.commit(
    batch.loteId,
    validation.rows,
    contentHash,
    context.now().toISOString(),
  );
  return jsonReply(200, ack);
}

/** `GET /api/v3/contas-receber/resumo` — totals over everything stored, to compare with local state. */
export function handleReceivablesSummary(context: SimulatorContext, call: IncomingCall): Reply {
  if (!context.tokens.accepts(call.authorization)) return unauthorizedReply();
  return jsonReply(200, context.receivables.summary());
}
