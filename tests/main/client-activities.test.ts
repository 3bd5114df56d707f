import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityFilter, ClientActivity } from '../../shared/ipc/dto/client-activities';
import type { KeyCursor } from '../../shared/ipc/dto/client-paging';
import { activityInserter, activityPageSql } from '../../electron/main/db/repos/client-activities.repo';
import { createTestCore, type TestCore } from './support/test-core';
import { clientAudit, loginRestricted, queryPlan, showcaseClientId, value } from './client-test-helpers';

const NOW = Date.parse('2026-11-22T15:00:00.000Z');
let t: TestCore;
let agent: string;
let reader: string;
let busyClient: number;

beforeAll(async () => {
  t = await createTestCore({ now: () => new Date(NOW) });
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.atividades');
  busyClient = (t.core.db.prepare('SELECT id FROM clients ORDER BY id DESC LIMIT 1').get() as { id: number })
    .id;
  const insert = activityInserter(t.core.db);
  t.core.db.transaction(() => {
    t.core.db.prepare('DELETE FROM client_activities WHERE client_id = ?').run(busyClient);
    for (let i = 0; i < 250; i++) {
      // Same due date for runs of five rows: the cursor must break ties by id.
      const dueAt = new Date(NOW + (Math.floor(i / 5) - 40) * 3_600_000).toISOString();
      insert({
        clientId: busyClient,
        kind: (['task', 'call', 'appointment'] as const)[i % 3]!,
        title: `Atividade ${i}`,
        dueAt,
        status: i % 4 === 0 ? 'done' : 'open',
        doneAt: i % 4 === 0 ? dueAt : null,
        ownerName: 'Ana Souza',
        at: dueAt,
      });
    }
  })();
});
afterAll(() => t.close());

async function walk(
  filter: ActivityFilter,
  clientId = busyClient,
): Promise<{ rows: ClientActivity[]; total: number }> {
  const rows: ClientActivity[] = [];
  let after: KeyCursor | undefined;
  let total = -1;
  for (;;) {
    const page = value(await t.call(agent, 'clientActivities.list', { clientId, filter, after, limit: 40 }));
    if (!after) total = page.total ?? -1;
    else expect(page.total).toBeNull();
    rows.push(...page.rows);
    if (!page.next) break;
    after = page.next;
  }
  return { rows, total };
}

describe('activity pages', () => {
  it('walks every activity once, newest first, whatever the page boundaries', async () => {
    const { rows, total } = await walk('all');
    expect(total).toBe(250);
    expect(rows).toHaveLength(250);
    expect(new Set(rows.map((r) => r.id)).size).toBe(250);
    const keys = rows.map((r) => `${r.dueAt}|${String(r.id).padStart(9, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('splits into Fechadas, Abertas and Planejadas that add up to Todas', async () => {
    const closed = await walk('closed');
    const open = await walk('open');
    const planned = await walk('planned');
    expect(closed.rows.every((r) => r.state === 'done')).toBe(true);
    expect(open.rows.every((r) => r.state === 'open' && Date.parse(r.dueAt) <= NOW)).toBe(true);
    expect(planned.rows.every((r) => r.state === 'planned' && Date.parse(r.dueAt) > NOW)).toBe(true);
    expect(closed.total + open.total + planned.total).toBe(250);
    expect(closed.rows.length + open.rows.length + planned.rows.length).toBe(250);
    // Planned work reads soonest first.
    const due = planned.rows.map((r) => r.dueAt);
    expect(due).toEqual([...due].sort());
  });

  it('reads pages from the indexes, never by scanning the table', () => {
    for (const filter of ['all', 'closed', 'open', 'planned'] as const) {
      for (const withCursor of [false, true]) {
        const plan = queryPlan(t, activityPageSql(filter, withCursor), {
          clientId: busyClient,
          now: new Date(NOW).toISOString(),
          key: '2026-11-22T00:00:00.000Z',
          id: 10,
          limit: 10,
        });
        expect(plan, `${filter} ${withCursor}`).toMatch(/USING (COVERING )?INDEX client_activities_client_/);
        expect(plan).not.toMatch(/TEMP B-TREE|SCAN client_activities\b(?! USING)/);
      }
    }
  });
});

describe('activity changes', () => {
  it('adds a call, completes it and reschedules another, each with its Histórico row', async () => {
    const clientId = showcaseClientId(t);
    const call = value(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'call',
        title: 'Retornar sobre o boleto',
        dueAt: '2026-11-22T13:30:00-03:00',
      }),
    );
    expect(call).toMatchObject({
      state: 'planned',
      ownerName: 'Ana Souza',
      dueAt: '2026-11-22T16:30:00.000Z',
    });
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Chamada adicionada: Retornar sobre o boleto',
    });

    const done = value(await t.call(agent, 'clientActivities.complete', { id: call.id }));
    expect(done).toMatchObject({ state: 'done', doneAt: new Date(NOW).toISOString() });
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Chamada concluída: Retornar sobre o boleto',
      changes: { status: { before: 'planned', after: 'done' } },
    });
    expect(await t.call(agent, 'clientActivities.complete', { id: call.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const task = value(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'task',
        title: 'Enviar tabela de preços',
        dueAt: '2026-11-20T12:00:00.000Z',
      }),
    );
    expect(task.state).toBe('open');
    const moved = value(
      await t.call(agent, 'clientActivities.reschedule', { id: task.id, dueAt: '2026-11-30T12:00:00.000Z' }),
    );
    expect(moved).toMatchObject({ state: 'planned', dueAt: '2026-11-30T12:00:00.000Z' });
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Tarefa reagendada: Enviar tabela de preços',
      changes: { dueAt: { before: '2026-11-20T12:00:00.000Z', after: '2026-11-30T12:00:00.000Z' } },
    });
  });

  it('refuses a blank title and a malformed date', async () => {
    const clientId = showcaseClientId(t);
    expect(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'task',
        title: '  ',
        dueAt: '2026-11-30T12:00:00Z',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'O título é obrigatório.' } });
    expect(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'task',
        title: 'X',
        dueAt: '30/11/2026',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Data e hora inválidas.' } });
  });

  it('is open to every logged-in agent, even without any permission', async () => {
    const clientId = showcaseClientId(t);
    const r = await t.call(reader, 'clientActivities.create', {
      clientId,
      kind: 'appointment',
      title: 'Visita comercial',
      dueAt: '2026-12-01T14:00:00.000Z',
    });
    expect(r.ok).toBe(true);
    expect(clientAudit(t, clientId)[0]?.userName).toBe('Usuário leitor.atividades');
    expect(await t.call('anonymous', 'clientActivities.complete', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
