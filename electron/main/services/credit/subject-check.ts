import type { BureauDecisionView, BureauSubjectCheck } from '../../../../shared/ipc/dto/bureau';
import { formatDocument } from '../../../../shared/domain/document';
import { nameSimilarity, SAME_SUBJECT_NAME_SIMILARITY } from '../../../../shared/domain/name-similarity';
import type { Db } from '../../db/connection';
import { insertAudit } from '../../db/repos/audit.repo';
import { getClientRecord, type ClientRecord } from '../../db/repos/clients.repo';
import { BUREAU_SUBJECT_MESSAGES as M } from './bureau-subject-messages';

const digits = (document: string): string => document.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/**
 * Whether a bureau answer is about the client queried (docs/bureau-subject-check.md): a
 * different document is always a mismatch; the name decides only when the documents agree or
 * the answer carries none, compared with the legal and the trade name, the closer one counting.
 */
export function checkSubject(
  client: Pick<ClientRecord, 'document' | 'legal_name' | 'trade_name'>,
  decision: BureauDecisionView | null,
): BureauSubjectCheck {
  const ok: BureauSubjectCheck = { matches: true, mismatch: null, nameSimilarity: null, message: null };
  if (!decision) return ok;
  const answered = decision.subjectDocument;
  if (answered && answered !== digits(client.document)) {
    return {
      matches: false,
      mismatch: 'document',
      nameSimilarity: null,
      message: M.documentMismatch(formatDocument(answered), formatDocument(client.document)),
    };
  }
  if (!decision.subjectName) return ok;
  const names = [client.legal_name, client.trade_name].filter((n): n is string => !!n);
  const similarity = Math.max(...names.map((n) => nameSimilarity(n, decision.subjectName as string)));
  if (similarity >= SAME_SUBJECT_NAME_SIMILARITY) return { ...ok, nameSimilarity: similarity };
  return {
    matches: false,
    mismatch: 'name',
    nameSimilarity: similarity,
    message: M.nameMismatch(decision.subjectName, client.legal_name),
  };
}

/**
 * Puts a mismatched answer in the client's Histórico, inside the transaction that stores it, so
 * the case is on record even if nobody opens the result again. Returns the entry's id (null: the
 * answer is about this client, or the client is gone from the cache).
 */
export function auditSubjectMismatch(
  db: Db,
  who: { id: number; name: string },
  clientId: number,
  queryId: number,
  decision: BureauDecisionView | null,
  at: string,
): number | null {
  const client = getClientRecord(db, clientId);
  if (!client) return null;
  const check = checkSubject(client, decision);
  if (check.matches || !decision) return null;
  return insertAudit(db, {
    at,
    userId: who.id,
    userName: who.name,
    entity: 'client',
    entityId: client.id,
    action: M.auditAction,
    changes: {
      bureauQueryId: { before: null, after: queryId },
      subjectDocument: { before: client.document, after: decision.subjectDocument },
      subjectName: { before: client.legal_name, after: decision.subjectName },
    },
  });
}
