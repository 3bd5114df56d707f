/**
 * The Deps button's steps as a pure state machine: product → 90-day prompt (if any) → charge
 * confirmation → running → result (→ limit) or unknown outcome. `transition` answers an event
 * with the next step and, at most, one effect for the hook to perform (a read or a mutation).
 * An event a step does not expect leaves it unchanged and asks for nothing, which is what keeps
 * a double click, Enter held down or a late answer from paying for a second query: once the
 * confirmation is accepted the step is `running`, and `running` accepts only its answer.
 */
import type {
  BureauCheckOutcome,
  BureauQueryDetail,
  BureauQueryRow,
  BureauRunOutcome,
  RecentBureauQuery,
} from '../../../shared/ipc/dto/bureau';

export type DepsState =
  | { kind: 'idle' }
  /** "Consulta Deps": the product list comes from a query; `checking` is the product being looked up. */
  | { kind: 'product'; checking: string | null; error: string | null }
  /** "Consulta recente": a query of the last 90 days exists; `key` pays a shared fetch once. */
  | {
      kind: 'recent';
      productId: string;
      recent: RecentBureauQuery;
      key: string;
      pending: boolean;
      error: string | null;
    }
  /** A stored query picked in Análise crédito is being opened (no charge). */
  | { kind: 'opening'; row: BureauQueryRow; productId: string; key: string; error: string | null }
  /** "Realizar nova consulta": the cost is told and must be confirmed; `key` is this confirmation's. */
  | { kind: 'confirm'; productId: string; erpNote: string | null; key: string; error: string | null }
  /** The paid query is under way: it cannot be confirmed again nor closed until it answers. */
  | { kind: 'running'; productId: string; erpNote: string | null; key: string }
  | { kind: 'result'; detail: BureauQueryDetail; note: string | null; editing: boolean }
  | { kind: 'unknown'; row: BureauQueryRow; message: string; pending: boolean; error: string | null };

export type DepsEvent =
  | { type: 'open' }
  | { type: 'choose'; productId: string }
  | { type: 'recentLoaded'; recent: RecentBureauQuery; key: string }
  | { type: 'view' }
  | { type: 'newQuery'; key: string }
  | { type: 'openRow'; row: BureauQueryRow; key: string }
  /** "Tentar novamente" after opening a stored query failed. */
  | { type: 'retry' }
  | { type: 'stored'; detail: BureauQueryDetail }
  | { type: 'confirm' }
  | { type: 'outcome'; outcome: BureauRunOutcome | BureauCheckOutcome }
  /** A read or mutation failed; `key` replaces a spent one (trying again is a new, confirmed query). */
  | { type: 'failed'; message: string; key: string }
  | { type: 'check' }
  | { type: 'edit' }
  | { type: 'back' }
  | { type: 'close' };

export type DepsEffect =
  | { kind: 'checkRecent' }
  | { kind: 'getStored'; id: number }
  | { kind: 'fetchShared'; productId: string; key: string }
  | { kind: 'run'; productId: string; key: string }
  | { kind: 'check'; id: number };

export interface DepsTransition {
  state: DepsState;
  effect: DepsEffect | null;
}

export const IDLE: DepsState = { kind: 'idle' };

const stay = (state: DepsState): DepsTransition => ({ state, effect: null });
const to = (state: DepsState, effect: DepsEffect | null = null): DepsTransition => ({ state, effect });

/** Where an answer about a query lands: its result (with the limit step if it is about this client) or unknown. */
function fromOutcome(outcome: BureauRunOutcome | BureauCheckOutcome): DepsState {
  if (outcome.status === 'succeeded') {
    // An answer about someone else stays on the result and its red warning, not on the limit step.
    return {
      kind: 'result',
      detail: outcome.detail,
      note: 'receivablesNote' in outcome ? outcome.receivablesNote : null,
      editing: outcome.detail.subjectCheck.matches,
    };
  }
  return { kind: 'unknown', row: outcome.row, message: outcome.message, pending: false, error: null };
}

/** Opening a stored row: an unknown one goes to its check, one with a result is read, else fetched shared. */
function openRow(row: BureauQueryRow, productId: string, key: string, from: DepsState): DepsTransition {
  if (row.status === 'unknown' && row.id !== null) {
    return to({ kind: 'unknown', row, message: row.errorMessage ?? '', pending: false, error: null });
  }
  const effect: DepsEffect =
    row.id !== null && row.hasResult
      ? { kind: 'getStored', id: row.id }
      : { kind: 'fetchShared', productId: row.productId || productId, key };
  return to(
    from.kind === 'recent'
      ? { ...from, pending: true, error: null }
      : { kind: 'opening', row, productId, key, error: null },
    effect,
  );
}

/** A pending step's read or mutation failed: it shows why and can be tried again. */
function failed(s: DepsState, message: string, key: string): DepsTransition {
  switch (s.kind) {
    case 'product':
      return s.checking === null ? stay(s) : to({ ...s, checking: null, error: message });
    case 'recent':
      return s.pending ? to({ ...s, pending: false, key, error: message }) : stay(s);
    case 'opening':
      return s.error === null ? to({ ...s, key, error: message }) : stay(s);
    case 'running':
      return to({ kind: 'confirm', productId: s.productId, erpNote: s.erpNote, key, error: message });
    case 'unknown':
      return s.pending ? to({ ...s, pending: false, error: message }) : stay(s);
    default:
      return stay(s);
  }
}

export function transition(s: DepsState, e: DepsEvent): DepsTransition {
  switch (e.type) {
    case 'open':
      return s.kind === 'idle' ? to({ kind: 'product', checking: null, error: null }) : stay(s);
    case 'choose':
      return s.kind === 'product' && s.checking === null && e.productId
        ? to({ ...s, checking: e.productId, error: null }, { kind: 'checkRecent' })
        : stay(s);
    case 'recentLoaded':
      if (s.kind !== 'product' || s.checking === null) return stay(s);
      return e.recent.row
        ? to({
            kind: 'recent',
            productId: s.checking,
            recent: e.recent,
            key: e.key,
            pending: false,
            error: null,
          })
        : to({ kind: 'confirm', productId: s.checking, erpNote: e.recent.erpNote, key: e.key, error: null });
    case 'view':
      return s.kind === 'recent' && !s.pending && s.recent.row
        ? openRow(s.recent.row, s.productId, s.key, s)
        : stay(s);
    case 'newQuery':
      return s.kind === 'recent' && !s.pending
        ? to({ kind: 'confirm', productId: s.productId, erpNote: s.recent.erpNote, key: e.key, error: null })
        : stay(s);
    case 'openRow':
      return s.kind === 'idle' ? openRow(e.row, e.row.productId, e.key, s) : stay(s);
    case 'retry':
      return s.kind === 'opening' && s.error !== null ? openRow(s.row, s.productId, s.key, s) : stay(s);
    case 'stored':
      return (s.kind === 'recent' && s.pending) || (s.kind === 'opening' && s.error === null)
        ? to({ kind: 'result', detail: e.detail, note: null, editing: false })
        : stay(s);
    case 'confirm':
      return s.kind === 'confirm'
        ? to(
            { kind: 'running', productId: s.productId, erpNote: s.erpNote, key: s.key },
            { kind: 'run', productId: s.productId, key: s.key },
          )
        : stay(s);
    case 'outcome':
      return s.kind === 'running' ||
        (s.kind === 'opening' && s.error === null) ||
        ((s.kind === 'recent' || s.kind === 'unknown') && s.pending)
        ? to(fromOutcome(e.outcome))
        : stay(s);
    case 'failed':
      return failed(s, e.message, e.key);
    case 'check':
      return s.kind === 'unknown' && !s.pending && s.row.id !== null
        ? to({ ...s, pending: true, error: null }, { kind: 'check', id: s.row.id })
        : stay(s);
    case 'edit':
      return s.kind === 'result' && !s.editing ? to({ ...s, editing: true }) : stay(s);
    case 'back':
      return s.kind === 'result' && s.editing ? to({ ...s, editing: false }) : stay(s);
    case 'close':
      // A paid query under way is neither cancelled nor forgotten: its answer must be shown.
      return s.kind === 'running' ? stay(s) : to(IDLE);
  }
}
