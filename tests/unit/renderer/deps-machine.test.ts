import { describe, expect, test } from 'vitest';
import {
  IDLE,
  transition,
  type DepsEffect,
  type DepsEvent,
  type DepsState,
} from '../../../renderer/modules/credit/deps-machine';
import type { BureauQueryDetail, BureauQueryRow } from '../../../shared/ipc/dto/bureau';

const row = (over: Partial<BureauQueryRow> = {}): BureauQueryRow => ({
  id: 7,
  source: 'local',
  requestedAt: '2026-11-20T13:00:00.000Z',
  userName: 'Ana',
  productId: 'B2C3D4E5',
  productName: 'Deps PJ',
  status: 'succeeded',
  score: 700,
  classification: 'B',
  suggestedLimitCents: 1_000_000,
  approved: true,
  opinion: null,
  hasResult: true,
  reused: false,
  errorMessage: null,
  ...over,
});
const detail = (matches = true): BureauQueryDetail =>
  ({
    row: row(),
    subjectCheck: { matches, mismatch: matches ? null : 'document', nameSimilarity: 1, message: null },
    decision: null,
    suggestion: {},
  }) as unknown as BureauQueryDetail;

/** Runs events from `start`, collecting every effect asked for. */
function play(start: DepsState, ...events: DepsEvent[]): { state: DepsState; effects: DepsEffect[] } {
  let state = start;
  const effects: DepsEffect[] = [];
  for (const e of events) {
    const t = transition(state, e);
    state = t.state;
    if (t.effect) effects.push(t.effect);
  }
  return { state, effects };
}

const KEY = 'chave-da-confirmacao-1';
const NEXT = 'chave-da-confirmacao-2';
const toConfirm: DepsEvent[] = [
  { type: 'open' },
  { type: 'choose', productId: 'B2C3D4E5' },
  { type: 'recentLoaded', recent: { row: null, erpNote: null }, key: KEY },
];

describe('the Deps steps', () => {
  test('without a recent query the product leads straight to the charge confirmation', () => {
    const { state, effects } = play(IDLE, ...toConfirm);
    expect(state).toEqual({ kind: 'confirm', productId: 'B2C3D4E5', erpNote: null, key: KEY, error: null });
    expect(effects).toEqual([{ kind: 'checkRecent' }]);
  });

  test('choosing twice while the recent query is looked up asks once', () => {
    const { effects } = play(
      IDLE,
      { type: 'open' },
      { type: 'choose', productId: 'X' },
      { type: 'choose', productId: 'X' },
    );
    expect(effects).toHaveLength(1);
  });

  test('a confirmation pays one query however often it is repeated, with its own key', () => {
    const { state, effects } = play(
      IDLE,
      ...toConfirm,
      { type: 'confirm' },
      { type: 'confirm' },
      { type: 'confirm' },
    );
    expect(state.kind).toBe('running');
    expect(effects.filter((e) => e.kind === 'run')).toEqual([
      { kind: 'run', productId: 'B2C3D4E5', key: KEY },
    ]);
  });

  test('a paid query under way cannot be closed; its answer shows the result and the limit step', () => {
    const running = play(IDLE, ...toConfirm, { type: 'confirm' }).state;
    expect(transition(running, { type: 'close' }).state).toBe(running);
    const { state } = play(running, {
      type: 'outcome',
      outcome: { status: 'succeeded', detail: detail(), receivablesNote: 'nota' },
    });
    expect(state).toMatchObject({ kind: 'result', note: 'nota', editing: true });
    // "Agora não" steps back to the result, the button forward again: one dialog, never two.
    expect(play(state, { type: 'back' }).state).toMatchObject({ kind: 'result', editing: false });
    expect(play(state, { type: 'back' }, { type: 'edit' }).state).toMatchObject({ editing: true });
  });

  test('an answer about someone else stays on the result, never on the limit step', () => {
    const { state } = play(
      IDLE,
      ...toConfirm,
      { type: 'confirm' },
      {
        type: 'outcome',
        outcome: { status: 'succeeded', detail: detail(false), receivablesNote: null },
      },
    );
    expect(state).toMatchObject({ kind: 'result', editing: false });
  });

  test('a failed query goes back to the confirmation with the error and a new key for the next try', () => {
    const { state, effects } = play(
      IDLE,
      ...toConfirm,
      { type: 'confirm' },
      { type: 'failed', message: 'Bureau fora do ar.', key: NEXT },
      { type: 'confirm' },
    );
    expect(effects.filter((e) => e.kind === 'run').map((e) => (e as { key: string }).key)).toEqual([
      KEY,
      NEXT,
    ]);
    expect(state.kind).toBe('running');
    const failed = play(
      IDLE,
      ...toConfirm,
      { type: 'confirm' },
      { type: 'failed', message: 'Bureau fora do ar.', key: NEXT },
    );
    expect(failed.state).toEqual({
      kind: 'confirm',
      productId: 'B2C3D4E5',
      erpNote: null,
      key: NEXT,
      error: 'Bureau fora do ar.',
    });
  });

  test('an answer without a result is an unknown outcome, checked once per click without a new charge', () => {
    const unknownRow = row({ status: 'unknown', hasResult: false });
    const { state, effects } = play(
      IDLE,
      ...toConfirm,
      { type: 'confirm' },
      { type: 'outcome', outcome: { status: 'unknown', row: unknownRow, message: 'Sem resposta.' } },
      { type: 'check' },
      { type: 'check' },
    );
    expect(state).toMatchObject({ kind: 'unknown', pending: true });
    expect(effects.filter((e) => e.kind === 'check')).toEqual([{ kind: 'check', id: 7 }]);
  });

  test('the 90-day prompt: viewing reads the stored result, a new query needs its own confirmation', () => {
    const recent = { row: row(), erpNote: 'ERP fora' };
    const atPrompt = play(
      IDLE,
      { type: 'open' },
      { type: 'choose', productId: 'P' },
      { type: 'recentLoaded', recent, key: KEY },
    );
    expect(atPrompt.state).toMatchObject({ kind: 'recent', productId: 'P', pending: false });

    const viewed = play(
      atPrompt.state,
      { type: 'view' },
      { type: 'view' },
      { type: 'stored', detail: detail() },
    );
    expect(viewed.effects).toEqual([{ kind: 'getStored', id: 7 }]);
    // A stored result opens on the result, not on the limit step.
    expect(viewed.state).toMatchObject({ kind: 'result', editing: false });

    const renewed = play(atPrompt.state, { type: 'newQuery', key: NEXT });
    expect(renewed.state).toEqual({
      kind: 'confirm',
      productId: 'P',
      erpNote: 'ERP fora',
      key: NEXT,
      error: null,
    });
    expect(renewed.effects).toEqual([]);
  });

  test('a query of another desktop is fetched shared with the prompt key; an unknown one goes to its check', () => {
    const shared = row({ id: null, source: 'erp', hasResult: false, productId: 'Q' });
    const prompt = play(
      IDLE,
      { type: 'open' },
      { type: 'choose', productId: 'P' },
      {
        type: 'recentLoaded',
        recent: { row: shared, erpNote: null },
        key: KEY,
      },
    ).state;
    expect(play(prompt, { type: 'view' }).effects).toEqual([
      { kind: 'fetchShared', productId: 'Q', key: KEY },
    ]);

    const unknown = row({ status: 'unknown', errorMessage: 'Tempo esgotado.' });
    const atUnknown = play(IDLE, { type: 'openRow', row: unknown, key: KEY });
    expect(atUnknown.state).toMatchObject({ kind: 'unknown', message: 'Tempo esgotado.', pending: false });
    expect(atUnknown.effects).toEqual([]);
  });

  test('a stored query opened from Análise crédito shows a failure and can be tried again', () => {
    const { state, effects } = play(
      IDLE,
      { type: 'openRow', row: row(), key: KEY },
      { type: 'failed', message: 'Sem acesso.', key: NEXT },
    );
    expect(state).toMatchObject({ kind: 'opening', error: 'Sem acesso.' });
    expect(play(state, { type: 'retry' }).effects).toEqual([{ kind: 'getStored', id: 7 }]);
    expect(effects).toEqual([{ kind: 'getStored', id: 7 }]);
  });

  test('cancel closes every step but the running one, and a late answer after it is ignored', () => {
    for (const events of [[{ type: 'open' }], toConfirm] as DepsEvent[][]) {
      expect(play(IDLE, ...events, { type: 'close' }).state).toBe(IDLE);
    }
    const late = play(
      IDLE,
      { type: 'open' },
      { type: 'close' },
      {
        type: 'recentLoaded',
        recent: { row: null, erpNote: null },
        key: KEY,
      },
    );
    expect(late.state).toBe(IDLE);
    // Nothing but "open" starts a flow from idle: a stray confirm pays nothing.
    expect(play(IDLE, { type: 'confirm' }, { type: 'check' }, { type: 'view' }).effects).toEqual([]);
  });
});
