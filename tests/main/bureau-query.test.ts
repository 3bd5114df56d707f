import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCreditBackground } from '../../electron/main/services/credit/credit-background';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
});
afterAll(() => f.close());
afterEach(() => {
  f.sim.setFault(null);
  f.setTimeoutMs(5_000);
});

const run = (clientId: number, key: string, productId = 'B2C3D4E5', session = f.agent) =>
  f.t.call(session, 'bureau.query.run', { clientId, productId, idempotencyKey: key });
const ledger = (clientId: number) =>
  f.t.core.db.prepare('SELECT status FROM bureau_queries WHERE client_id = ?').all(clientId) as {
    status: string;
  }[];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a paid Deps query goes out exactly once', () => {
  it('double click: ten concurrent calls with one confirmation are billed once and all see the result', async () => {
    const billed = f.sim.billedQueries();
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 10 }, () => run(f.pj.id, key)));
    expect(f.sim.billedQueries()).toBe(billed + 1);
    for (const r of results) expect(r).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    const ids = new Set(results.map((r) => r.ok && r.value.status === 'succeeded' && r.value.detail.row.id));
    expect(ids.size).toBe(1);
    expect(ledger(f.pj.id).filter((r) => r.status === 'succeeded')).toHaveLength(1);
  });

  it('held Enter: repeats during and after the call, plus a second window, still one bill', async () => {
    f.sim.setFault({ kind: 'latency', ms: 1_000 });
    const billed = f.sim.billedQueries();
    const key = newKey();
    const repeats: Promise<unknown>[] = [run(f.pf.id, key, 'A1B2C3D4')];
    await sleep(30);
    // Another window confirming its own query for the same client and product meanwhile.
    const other = await run(f.pf.id, newKey(), 'A1B2C3D4');
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (let i = 0; i < 20; i++) {
      repeats.push(run(f.pf.id, key, 'A1B2C3D4'));
      await sleep(15);
    }
    const all = (await Promise.all(repeats)) as { ok: boolean }[];
    expect(all.every((r) => r.ok)).toBe(true);
    const after = await run(f.pf.id, key, 'A1B2C3D4');
    expect(after).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(f.sim.billedQueries()).toBe(billed + 1);
  });

  it('a timeout after sending is recorded as unknown, never retried, and billed once', async () => {
    f.setTimeoutMs(1_000);
    f.sim.setFault({ kind: 'timeoutAfterReceive', ms: 3_000 });
    const billed = f.sim.billedQueries();
    const before = f.queryRequests();
    const key = newKey();
    const first = await run(f.pj.id, key);
    expect(first).toMatchObject({
      ok: true,
      value: {
        status: 'unknown',
        row: { status: 'unknown' },
        message: expect.stringContaining('NÃO foi repetida'),
      },
    });
    const again = await run(f.pj.id, key);
    expect(again).toMatchObject({ ok: true, value: { status: 'unknown' } });
    await sleep(3_300);
    expect(f.queryRequests()).toBe(before + 1);
    expect(f.sim.billedQueries()).toBe(billed + 1);

    // "Verificar no bureau" later: the stored result is reused, not paid again.
    f.sim.setFault(null);
    const id = first.ok && first.value.status === 'unknown' ? (first.value.row.id as number) : 0;
    const checked = await f.t.call(f.agent, 'bureau.query.check', { id });
    expect(checked).toMatchObject({ ok: true, value: { status: 'succeeded', detail: { row: { id } } } });
    expect(f.sim.billedQueries()).toBe(billed + 1);
    const lastBody = f.sim
      .requests()
      .filter((r) => r.path.endsWith('/depsmix'))
      .at(-1)?.body;
    expect(lastBody).toMatchObject({ reutilizarDadosExistentes: true });
  });

  it('a query the bureau never ran is marked failed by the check, without a new query', async () => {
    // 503 answered before processing, but a gateway 502 is treated as "maybe processed".
    f.sim.setFault({ kind: 'status', status: 502, times: 1 });
    const billed = f.sim.billedQueries();
    const r = await run(f.pf.id, newKey(), 'A1B2C3D4');
    expect(r).toMatchObject({ ok: true, value: { status: 'unknown' } });
    const id = r.ok && r.value.status === 'unknown' ? (r.value.row.id as number) : 0;
    const checked = await f.t.call(f.agent, 'bureau.query.check', { id });
    // The bureau only holds the earlier query of this person, so this one never ran.
    expect(checked).toMatchObject({
      ok: true,
      value: { status: 'failed', message: expect.stringContaining('anterior') },
    });
    expect(f.sim.billedQueries()).toBe(billed);
  });

  it('an error answer is a failure with its message, remembered per confirmation', async () => {
    f.sim.setFault({ kind: 'status', status: 503, times: 1 });
    const key = newKey();
    const before = f.queryRequests();
    const r = await run(f.pj.id, key);
    expect(r).toMatchObject({ ok: false, error: { code: 'BUREAU_SERVER_ERROR' } });
    const again = await run(f.pj.id, key);
    expect(again).toMatchObject({ ok: false, error: { code: 'BUREAU_SERVER_ERROR' } });
    expect(f.queryRequests()).toBe(before + 1);
  });

  it('a query left pending by a crash shows as unknown, not as running forever', async () => {
    f.t.core.db
      .prepare(
        `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
           user_id, user_name, status, requested_at) VALUES ('crash-key-0000000000', ?, ?, 'J', 'D4E5F6A7', 'Mix PJ 057',
           NULL, 'Ana Souza', 'pending', ?)`,
      )
      .run(f.pj.id, f.pj.document, new Date().toISOString());
    const list = await f.t.call(f.agent, 'bureau.query.list', { clientId: f.pj.id });
    const row = list.ok ? list.value.rows.find((q) => q.productId === 'D4E5F6A7') : undefined;
    expect(row).toMatchObject({ status: 'unknown', errorMessage: expect.stringContaining('fechado') });
  });

  it('at start-up a query left pending by the previous run becomes unknown', () => {
    f.t.core.db
      .prepare(
        `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
           user_id, user_name, status, requested_at) VALUES ('crash-key-1111111111', ?, ?, 'F', 'C3D4E5F6', 'Mix PF',
           NULL, 'Ana Souza', 'pending', ?)`,
      )
      .run(f.pf.id, f.pf.document, new Date().toISOString());
    const stop = startCreditBackground(f.t.core);
    stop();
    const row = f.t.core.db
      .prepare("SELECT status FROM bureau_queries WHERE idempotency_key = 'crash-key-1111111111'")
      .get();
    expect(row).toEqual({ status: 'unknown' });
  });

  it('refuses before paying when the CNPJ is invalid or the product is for the other person type', async () => {
    const before = f.queryRequests();
    expect(await run(f.pj.id, newKey(), 'A1B2C3D4')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    f.t.core.db.prepare("UPDATE clients SET document = '02407786000107' WHERE id = ?").run(f.pj.id);
    expect(await run(f.pj.id, newKey())).toMatchObject({ ok: false, error: { code: 'CNPJ_INVALID' } });
    f.t.core.db.prepare('UPDATE clients SET document = ? WHERE id = ?').run(f.pj.document, f.pj.id);
    expect(f.queryRequests()).toBe(before);
  });
});

describe('history: the last 90 days and every past result, without paying', () => {
  it('recent says when and by whom; get reopens the stored result with no request', async () => {
    const recent = await f.t.call(f.agent, 'bureau.query.recent', { clientId: f.pj.id });
    expect(recent).toMatchObject({
      ok: true,
      value: { row: { userName: 'Ana Souza', source: 'local' }, erpNote: expect.stringContaining('ERP') },
    });
    const list = await f.t.call(f.agent, 'bureau.query.list', { clientId: f.pj.id });
    const done = list.ok ? list.value.rows.filter((r) => r.status === 'succeeded') : [];
    expect(done.length).toBeGreaterThan(0);
    const before = f.sim.requests().length;
    const detail = await f.t.call(f.agent, 'bureau.query.get', { id: done[0]!.id! });
    expect(detail).toMatchObject({ ok: true, value: { decision: { score: { state: 'found' } } } });
    expect(f.sim.requests()).toHaveLength(before);
  });

  it('offers the bureau suggestion in centavos and the matching situation', async () => {
    const r = await run(f.pf.id, newKey(), 'A1B2C3D4');
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.status !== 'succeeded') return;
    const d = r.value.detail.decision!;
    expect(r.value.detail.suggestion).toEqual({
      creditLimitCents: d.classification.suggestedLimitCents,
      creditStatus: d.opinion.approved ? 'ADIMPLENTE' : 'BLOQUEADO',
      fromBureau: true,
    });
  });
});

describe('ledger query plans', () => {
  const plan = (sql: string, ...args: unknown[]) =>
    (f.t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
      .map((p) => p.detail)
      .join('\n');

  it("a client's queries and the recent-query check use the client index", () => {
    expect(plan('SELECT * FROM bureau_queries WHERE client_id = ? ORDER BY requested_at DESC', 1)).toMatch(
      /USING INDEX bureau_queries_client/,
    );
  });

  it('the in-flight check is enforced by a partial unique index', () => {
    const index = f.t.core.db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'bureau_queries_one_in_flight'")
      .get() as { sql: string };
    expect(index.sql).toMatch(/UNIQUE INDEX .* \(client_id, product_id\)\s+WHERE status = 'pending'/);
  });
});
