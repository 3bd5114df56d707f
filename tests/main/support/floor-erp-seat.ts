/**
 * A seat of a floor with the ERP simulator configured, for the floor suites that send to the ERP
 * (credit outbox, register write-back): a real core on its own data folder joined to the floor,
 * short job leases, one ERP try per call, every event it emits recorded with performance.now().
 */
import type { EventName } from '../../../shared/ipc/contract';
import type { ErpSimulatorHandle } from '../../../tools/simulators/erp/server';
import { ok } from '../credit-release-fixture';
import { FAST_LEASES, type floorJoin } from './floor-jobs';
import { createTestCore, type TestCore } from './test-core';

export interface ErpFloorSeat {
  t: TestCore;
  /** An admin session on this seat. */
  admin: string;
  events: { event: EventName; payload: unknown; at: number }[];
}

/** `fill` brings the seat's copy of the ERP data the suite needs. */
export async function erpFloorSeat(
  floor: ReturnType<typeof floorJoin>,
  erp: ErpSimulatorHandle,
  fill: (t: TestCore) => Promise<void>,
): Promise<ErpFloorSeat> {
  const t = await createTestCore({
    clients: 20,
    options: {
      floor,
      tuning: {
        jobLeases: FAST_LEASES,
        erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 10_000 },
      },
    },
  });
  const events: ErpFloorSeat['events'] = [];
  t.core.events.subscribe((event, payload) => events.push({ event, payload, at: performance.now() }));
  const admin = await t.loginAs('admin');
  ok(await t.call(admin, 'erp.settings.save', { baseUrl: erp.url, token: erp.token, syncTime: '00:00' }));
  await fill(t);
  return { t, admin, events };
}

const closed = new WeakSet<ErpFloorSeat>();

/** Ends the seat like a PC switched off, once (a test may switch one off before the file ends). */
export async function closeErpFloorSeat(s: ErpFloorSeat): Promise<void> {
  if (closed.has(s)) return;
  closed.add(s);
  await s.t.core.state.erpFlush;
  await s.t.core.replicator.close().catch(() => undefined);
  await s.t.core.floor.close().catch(() => undefined);
  s.t.close();
}
