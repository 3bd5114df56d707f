/**
 * The ERP circuit breaker against the real ERP simulator down for 60 s (503 on every endpoint).
 * The simulator's clock runs SCALE times faster than the wall, so the minute passes in two
 * seconds; the breaker's tuning (through CoreOptions) is scaled the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClientIdByErpCode } from '../../electron/main/db/repos/clients.repo';
import { erpGatewayFromSettings } from '../../electron/main/services/erp/erp-config';
import type { ErpAvailability } from '../../shared/ipc/dto/erp';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

const SCALE = 30;
const OUTAGE_MS = 60_000;
const FAILURES = 3;
/** 3 s of the simulator's minute. */
const HALF_OPEN_AFTER_MS = 3_000 / SCALE;
const RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 };
const CALL_EVERY_MS = 10;

const t0 = Date.now();
const simNow = () => new Date(t0 + (Date.now() - t0) * SCALE);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let sim: ErpSimulatorHandle;
let t: TestCore;
const events: { at: number; a: ErpAvailability }[] = [];

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 40, titles: 40, now: simNow });
  t = await createTestCore({
    clients: 40,
    options: {
      tuning: {
        erpClient: { retry: RETRY, timeoutMs: 2_000 },
        erpBreaker: { failures: FAILURES, halfOpenAfterMs: HALF_OPEN_AFTER_MS },
      },
    },
  });
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  t.core.events.subscribe((event, payload) => {
    if (event === 'erp.availability') events.push({ at: Date.now(), a: payload as ErpAvailability });
  });
});
afterAll(async () => {
  t.close();
  await sim.stop();
});

const SHOWCASE = '82467786';
const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('pt-BR', {
    timeZone: 'America/Sao_Paulo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

describe('ERP circuit breaker', () => {
  it('a minute of 503s: few requests reach the ERP, the state is announced, a probe closes it again', async () => {
    const erp = await erpGatewayFromSettings(t.core);
    if (!erp) throw new Error('ERP not configured');
    await expect(erp.financialSummary(SHOWCASE)).resolves.toBeTruthy();

    const before = sim.requests().length;
    sim.setFault('*', { kind: 'status', status: 503, forMs: OUTAGE_MS });
    const outageEnds = Date.now() + OUTAGE_MS / SCALE;
    const outcomes: string[] = [];
    let firstFailureAt: number | null = null;
    const fastFailures: string[] = [];
    while (Date.now() < outageEnds) {
      try {
        await erp.financialSummary(SHOWCASE);
        outcomes.push('ok');
      } catch (e) {
        firstFailureAt ??= Date.now();
        const f = e as { code: string; message: string };
        outcomes.push(f.code);
        if (f.code === 'ERP_UNAVAILABLE') fastFailures.push(f.message);
      }
      await sleep(CALL_EVERY_MS);
    }
    const during = sim.requests().slice(before);
    const calls = outcomes.length;

    // Without a breaker every call would send RETRY.attempts requests. With it: the failures that
    // open the circuit, then one probe per half-open period (each failed probe re-opens it).
    const outageWallMs = OUTAGE_MS / SCALE;
    const bound = FAILURES + Math.ceil(outageWallMs / HALF_OPEN_AFTER_MS) + RETRY.attempts;
    expect(calls * RETRY.attempts).toBeGreaterThan(5 * bound);
    expect(during.length).toBeLessThanOrEqual(bound);
    expect(outcomes).not.toContain('ok');

    // Fast failures carry the pt-BR sentence with the hour of the next attempt (São Paulo).
    expect(fastFailures.length).toBeGreaterThan(calls / 2);
    expect(fastFailures[0]).toMatch(/^ERP indisponível, nova tentativa às \d\d:\d\d\.$/);

    // The UI hears of it (event bus → status bar) well within 2 s of the first failure.
    const opened = events.find((e) => e.a.state === 'unavailable');
    expect(opened).toBeDefined();
    expect((opened?.at ?? Infinity) - (firstFailureAt ?? 0)).toBeLessThan(2_000);
    expect(opened?.a.message).toBe(`ERP indisponível, nova tentativa às ${hhmm(opened?.a.retryAt ?? '')}.`);
    expect(events.some((e) => e.a.state === 'probing')).toBe(true);
    // A window opened now asks for the state (any logged-in agent may).
    const agent = await t.loginAs('ana');
    expect(await t.call(agent, 'erp.availability', {})).toMatchObject({
      ok: true,
      value: {
        state: expect.stringMatching(/^(unavailable|probing)$/),
        message: expect.stringMatching(/^ERP indisponível/),
      },
    });

    // The ERP is back: after the half-open wait one probe goes through and closes the circuit.
    await sleep(HALF_OPEN_AFTER_MS + 20);
    await expect(erp.financialSummary(SHOWCASE)).resolves.toBeTruthy();
    expect(events.at(-1)?.a).toEqual({ state: 'available', retryAt: null, message: null });
    await expect(erp.financialSummary(SHOWCASE)).resolves.toBeTruthy();
  });

  it("a fast failure reaches the agent's screen through the registry with the same sentence", async () => {
    const agent = await t.loginAs('ana');
    const clientId = findClientIdByErpCode(t.core.db, SHOWCASE) ?? 1;
    sim.setFault('*', { kind: 'status', status: 503, forMs: OUTAGE_MS });
    const erp = await erpGatewayFromSettings(t.core);
    // One call's tries open the circuit (the half-open wait is short: no time to lose here).
    await erp?.financialSummary(SHOWCASE).catch(() => undefined);
    const before = sim.requests().length;
    const r = await t.call(agent, 'finance.summary.refresh', { clientId });
    // The screen keeps the local values, marked stale with the reason, and the ERP got no request.
    expect(r).toMatchObject({ ok: true, value: { stale: true, staleCode: 'ERP_UNAVAILABLE' } });
    if (r.ok) expect(r.value.staleReason).toMatch(/^ERP indisponível, nova tentativa às \d\d:\d\d\.$/);
    expect(sim.requests().length).toBe(before);
    sim.clearFaults();
  });
});
