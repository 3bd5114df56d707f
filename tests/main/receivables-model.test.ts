/**
 * Model test: 30 simulated days of random entries, partial payments, same-day reversals and
 * back-dated entries, exported every night with random crashes (the process dies right before
 * or right after the bureau stored a batch) and injected faults (5xx, an answer lost after the
 * bureau stored the batch). The bureau must never see a payment or reversal before its entry,
 * and must end holding exactly the model's records and the console's own record of them.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import { insertJobRun } from '../../electron/main/db/repos/job-runs.repo';
import type { ReceivableMovement } from '../../electron/main/gateways/erp/erp-gateway';
import type { BureauClient } from '../../electron/main/gateways/bureau/bureau-client';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import { runReceivablesExport } from '../../electron/main/services/receivables/receivables-export.service';
import { hashKeys } from '../../electron/main/services/receivables/receivables-payload';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import {
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  title,
  writeTitles,
  tuneReceivables,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const START = '2026-10-01';
const DAYS = 30;

type Op =
  | { kind: 'new'; backDays: number; amount: number; client: number }
  | { kind: 'pay'; pick: number; percent: number }
  | { kind: 'payReverse'; pick: number; percent: number };
type Trouble =
  | { kind: 'none' }
  | { kind: 'crash'; onPost: number; afterStore: boolean }
  | { kind: 'status'; times: number }
  | { kind: 'lostAnswer'; onPost: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('new' as const),
    backDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
    amount: fc.integer({ min: 1, max: 2_000_000 }),
    client: fc.nat(9),
  }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat(), percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({
    kind: fc.constant('payReverse' as const),
    pick: fc.nat(),
    percent: fc.integer({ min: 1, max: 100 }),
  }),
);
const troubleArb: fc.Arbitrary<Trouble> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({
    kind: fc.constant('crash' as const),
    onPost: fc.integer({ min: 1, max: 3 }),
    afterStore: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('status' as const), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('lostAnswer' as const), onPost: fc.integer({ min: 1, max: 3 }) }),
);
const dayArb = fc.record({ ops: fc.array(opArb, { maxLength: 6 }), trouble: troubleArb });
const scenarioArb = fc.record({
  initial: fc.array(opArb, { minLength: 1, maxLength: 10 }),
  days: fc.array(dayArb, { minLength: DAYS, maxLength: DAYS }),
  batchSize: fc.integer({ min: 2, max: 9 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

interface ModelTitle {
  key: string;
  client: number;
  issueDate: string;
  amount: number;
  movements: ReceivableMovement[];
}

const paidOf = (t: ModelTitle) =>
  t.movements.reduce(
    (s, m) => s + (m.kind === 'payment' ? m.amountCents : m.kind === 'payment_reversal' ? -m.amountCents : 0),
    0,
  );

class Crash extends Error {}

let sim: BureauSimulatorHandle | null = null;
let t: TestCore | null = null;
afterEach(async () => {
  t?.close();
  await sim?.stop();
});

async function runScenario(scenario: Scenario): Promise<void> {
  t?.close();
  await sim?.stop();
  sim = await startBureauSimulator();
  const bureau = sim;
  const core = (t = await createTestCore({ clients: 10 })).core;
  await pointAtSimulator(core, bureau, { timeoutMs: 2_000 });
  const codes = clientCodes(core.db, 10);
  const titles: ModelTitle[] = [];
  let trouble: Trouble = { kind: 'none' };
  let posts = 0;
  tuneReceivables(core, {
    batchSize: scenario.batchSize,
    retry: { attempts: 6, baseDelayMs: 1, maxDelayMs: 2 },
    client: async (c) => {
      const real = await bureauClientFromSettings(c);
      return {
        ...real,
        postReceivables: async (batch) => {
          posts += 1;
          const current = trouble;
          if (current.kind === 'crash' && current.onPost === posts && !current.afterStore) throw new Crash();
          const answer = await real.postReceivables(batch);
          if (current.kind === 'crash' && current.onPost === posts) throw new Crash();
          if (current.kind === 'lostAnswer' && current.onPost === posts)
            throw new AppFailure('BUREAU_AMBIGUOUS', 'resposta perdida');
          return answer;
        },
      } satisfies BureauClient;
    },
  });

  const apply = (op: Op, day: string): ModelTitle | null => {
    if (op.kind === 'new') {
      const issueDate = addDays(day, -op.backDays);
      const created: ModelTitle = {
        key: `M${titles.length}/1`,
        client: op.client,
        issueDate,
        amount: op.amount,
        movements: [{ kind: 'entry', date: issueDate, amountCents: op.amount }],
      };
      titles.push(created);
      return created;
    }
    const open = titles.filter((x) => paidOf(x) < x.amount);
    const target = open[op.pick % Math.max(1, open.length)];
    if (!target) return null;
    const amountCents = Math.max(1, Math.floor(((target.amount - paidOf(target)) * op.percent) / 100));
    target.movements.push({ kind: 'payment', date: day, amountCents });
    if (op.kind === 'payReverse') target.movements.push({ kind: 'payment_reversal', date: day, amountCents });
    return target;
  };
  const store = (touched: ModelTitle[]) =>
    writeTitles(
      core.db,
      touched.map((m) =>
        title({
          key: m.key,
          erpCode: codes[m.client] as string,
          issueDate: m.issueDate,
          amountCents: m.amount,
          movements: [...m.movements],
        }),
      ),
    );

  /** One night: the run for `businessDate`; a crash is followed by a restart that runs it again. */
  const night = async (businessDate: string, risk: Trouble) => {
    trouble = risk;
    posts = 0;
    if (risk.kind === 'status') bureau.setFault({ kind: 'status', status: 503, times: risk.times });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const runId = insertJobRun(core.db, {
        job: 'receivables',
        businessDate,
        trigger: 'schedule',
        startedAt: `${businessDate}T04:00:00Z`,
      });
      try {
        await runReceivablesExport(core, { runId, businessDate });
        return;
      } catch (e) {
        if (!(e instanceof Crash)) throw e;
        trouble = { kind: 'none' };
      }
    }
  };

  const touchedInitial = scenario.initial.map((op) => apply(op, START)).filter((x): x is ModelTitle => !!x);
  store(touchedInitial);
  for (const [i, day] of scenario.days.entries()) {
    const date = addDays(START, i + 1);
    await night(date, day.trouble);
    const touched = new Set(day.ops.map((op) => apply(op, date)).filter((x): x is ModelTitle => !!x));
    store([...touched]);
  }
  await night(addDays(START, DAYS + 2), { kind: 'none' });

  // Never a payment or reversal before its entry, in the order the bureau received them.
  // Each movement travels in one batch only (a batch may be repeated, under the same loteId).
  const seenEntries = new Set<string>();
  const batchesOfMovement = new Map<string, Set<string>>();
  for (const request of bureau.requests().filter((r) => r.path === '/api/v3/contas-receber/lotes')) {
    const body = request.body as { loteId: string; registros: { chave: string; tipoMovimento: string }[] };
    for (const row of body.registros) {
      const titleKey = row.chave.split('#')[0] as string;
      if (row.tipoMovimento === 'entry') seenEntries.add(titleKey);
      else {
        expect(seenEntries.has(titleKey), `${row.chave} antes do lançamento`).toBe(true);
        batchesOfMovement.set(row.chave, (batchesOfMovement.get(row.chave) ?? new Set()).add(body.loteId));
      }
    }
  }
  for (const [key, lotes] of batchesOfMovement) expect(lotes.size, `${key} em mais de um lote`).toBe(1);
  const expectedKeys: string[] = [];
  let expectedCents = 0;
  for (const m of titles) {
    expectedKeys.push(`${m.key}#entry`);
    expectedCents += m.amount;
    m.movements.forEach((mv, idx) => {
      if (mv.kind === 'entry') return;
      expectedKeys.push(`${m.key}#${mv.kind}#${idx}`);
      expectedCents += mv.amountCents;
    });
  }
  const bureauState = simulatorTotals(bureau);
  expect(bureauState).toEqual({
    total: expectedKeys.length,
    amountCents: expectedCents,
    keysHash: hashKeys(expectedKeys),
  });
  expect(localTotals(core.db)).toEqual(bureauState);
  expect(
    core.db.prepare('SELECT count(*) AS n FROM receivables_outbox WHERE rejected IS NOT NULL').get(),
  ).toEqual({ n: 0 });
}

describe('receivables export model', () => {
  it('30 days of random movements with crashes and faults: nothing lost, nothing out of order', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, (s) => runScenario(s)),
      { numRuns: 12 },
    );
  }, 120_000);
});
