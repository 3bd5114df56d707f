import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nameSimilarity, SAME_SUBJECT_NAME_SIMILARITY } from '../../shared/domain/name-similarity';
import type { BureauQueryDetail } from '../../shared/ipc/dto/bureau';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

/**
 * A Deps answer about someone else (the bureau mixed up the subject, or the register has the
 * wrong document) is shown in red, never pre-fills the limit dialog, never justifies a limit
 * change and is on record in the client's Histórico.
 */
let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
});
afterAll(() => f.close());
afterEach(() => f.sim.setFault(null));

async function query(clientId: number, productId: string): Promise<BureauQueryDetail> {
  const r = await f.t.call(f.agent, 'bureau.query.run', { clientId, productId, idempotencyKey: newKey() });
  if (!r.ok || r.value.status !== 'succeeded') throw new Error(JSON.stringify(r));
  return r.value.detail;
}

const register = (id: number) =>
  f.t.core.db
    .prepare(
      'SELECT legal_name AS name, credit_limit_cents AS l, credit_status AS s FROM clients WHERE id = ?',
    )
    .get(id) as { name: string; l: number; s: string };

async function history(clientId: number) {
  const r = await f.t.call(f.admin, 'audit.list', { entity: 'client', offset: 0, limit: 100 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows.filter((row) => row.entityId === String(clientId));
}

describe('the bureau answer is checked against the client', () => {
  it('an answer about the client queried: its name, no warning, the suggestion pre-fills', async () => {
    const detail = await query(f.pj.id, 'B2C3D4E5');
    expect(detail.decision?.subjectName).toBe(register(f.pj.id).name);
    expect(detail.decision?.subjectDocument).toBe(f.pj.document);
    expect(detail.subjectCheck).toMatchObject({ matches: true, mismatch: null, message: null });
    expect(detail.suggestion.fromBureau).toBe(true);
  });

  it('another document: red warning, current values instead of the suggestion, Histórico, no link', async () => {
    f.sim.setFault({ kind: 'wrongSubject', differs: 'document' });
    const before = register(f.pj.id);
    const detail = await query(f.pj.id, 'B2C3D4E5');
    expect(detail.decision?.subjectDocument).not.toBe(f.pj.document);
    expect(detail.subjectCheck).toMatchObject({
      matches: false,
      mismatch: 'document',
      message: expect.stringContaining('não do'),
    });
    expect(detail.suggestion).toEqual({
      creditLimitCents: before.l,
      creditStatus: before.s,
      fromBureau: false,
    });
    // Reopened later from the ledger, it is still flagged.
    const reopened = await f.t.call(f.agent, 'bureau.query.get', { id: detail.row.id as number });
    expect(reopened).toMatchObject({ ok: true, value: { subjectCheck: { matches: false } } });

    const rows = await history(f.pj.id);
    expect(rows.find((r) => r.action === 'Consulta Deps com titular divergente')).toMatchObject({
      changes: {
        bureauQueryId: { after: detail.row.id },
        subjectDocument: { before: f.pj.document, after: detail.decision?.subjectDocument },
      },
    });

    const linked = await f.t.call(f.admin, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: before.l + 1_000,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: before.l,
      bureauQueryId: detail.row.id,
      confirmLargeIncrease: false,
    });
    expect(linked).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('outro titular') },
    });
    expect(register(f.pj.id).l).toBe(before.l);
  });

  it('same document under another name: flagged by name, with the similarity below the threshold', async () => {
    f.sim.setFault({ kind: 'wrongSubject', differs: 'name' });
    const detail = await query(f.pf.id, 'A1B2C3D4');
    expect(detail.decision?.subjectDocument).toBe(f.pf.document);
    expect(detail.subjectCheck.mismatch).toBe('name');
    expect(detail.subjectCheck.nameSimilarity).toBeLessThan(SAME_SUBJECT_NAME_SIMILARITY);
    expect(detail.suggestion.fromBureau).toBe(false);
    expect((await history(f.pf.id)).some((r) => r.action === 'Consulta Deps com titular divergente')).toBe(
      true,
    );
  });
});

describe('name similarity (docs/bureau-subject-check.md)', () => {
  it.each([
    ['Maximino Santin', 'MAXIMINO SANTIN'],
    ['Maximino Santin', 'Maximino A. Santin'],
    ['Comercial Horizonte Distribuidora Ltda', 'COMERCIAL HORIZONTE DISTRIBUIDORA LTDA - EPP'],
    ['Mariana Souza Albuquerque', 'Mariana Souza'],
    ['João Pereira', 'Joao Perreira'],
  ])('%s ≈ %s', (a, b) => expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(SAME_SUBJECT_NAME_SIMILARITY));

  it.each([
    ['Maximino Santin', 'Vale Verde Serviços Ltda'],
    ['Ana Silva Costa', 'Ana Lima Pereira'],
    ['Aurora Comércio Ltda', 'Serra Azul Comércio Ltda'],
  ])('%s ≠ %s', (a, b) => expect(nameSimilarity(a, b)).toBeLessThan(SAME_SUBJECT_NAME_SIMILARITY));
});
