/**
 * Floor mode: the Painel's Deps consumption counted in the central ledger, in two reads. The
 * window's billable queries by São Paulo day and product (width_bucket over the day starts this
 * process computes, so a day has the same bounds as in embedded mode), and the month by agent.
 * A central read, not the change feed: the Painel is read on demand and needs the whole floor's
 * counts, which no seat's cache holds.
 */
import { sql } from 'kysely';
import { addDays } from '../../../../shared/domain/dates';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { isCentralUnreachable } from '../../floor/accounts/central-call';
import { sharedDb } from '../../floor/floor-link';
import { saoPauloDayStartUtc } from '../time';
import { monthBounds } from './bureau-budget';
import { consumptionWindow, type AgentProductCount, type LedgerCounts } from './consumption';

const BILLABLE_STATUS = ['succeeded', 'unknown', 'pending'] as const;

export async function floorLedgerCounts(core: Core, now: Date): Promise<LedgerCounts> {
  const { month, firstDay } = consumptionWindow(now);
  const { from, to } = monthBounds(month);
  // Day starts from the window's first day to the start of the day after the month's end.
  const starts: string[] = [];
  for (let d = firstDay; saoPauloDayStartUtc(d) < to; d = addDays(d, 1)) starts.push(saoPauloDayStartUtc(d));
  starts.push(to);
  const db = sharedDb(core);
  const billable = db
    .selectFrom('bureau_queries')
    .where('status', 'in', BILLABLE_STATUS)
    .where('reused', '=', 0);
  try {
    const [days, agents, products] = await Promise.all([
      billable
        .select([
          sql<number>`width_bucket(requested_at, ${sql.val(starts)}::text[])`.as('bucket'),
          'product_id as productId',
          sql<number>`count(*)::int`.as('queries'),
        ])
        .where('requested_at', '>=', starts[0]!)
        .where('requested_at', '<', to)
        .groupBy(['bucket', 'product_id'])
        .execute(),
      billable
        .select(['user_name as key', 'product_id as productId', sql<number>`count(*)::int`.as('queries')])
        .where('requested_at', '>=', from)
        .where('requested_at', '<', to)
        .groupBy(['user_name', 'product_id'])
        .execute(),
      billable
        .select([
          'product_id as productId',
          sql<string>`max(product_name)`.as('productName'),
          sql<number>`count(*)::int`.as('queries'),
        ])
        .where('requested_at', '>=', from)
        .where('requested_at', '<', to)
        .groupBy('product_id')
        .orderBy('product_id')
        .execute(),
    ]);
    return {
      // Bucket i holds [starts[i-1], starts[i]); a range of the window is a run of whole days.
      countRange(a, b) {
        const out = new Map<string, number>();
        for (const r of days) {
          const start = starts[r.bucket - 1];
          if (start === undefined || start < a || start >= b) continue;
          out.set(r.productId, (out.get(r.productId) ?? 0) + r.queries);
        }
        return [...out].map(([productId, queries]) => ({ productId, queries }));
      },
      agents: agents as AgentProductCount[],
      byProduct: products,
    };
  } catch (e) {
    if (isCentralUnreachable(e)) throw new AppFailure('floor.readUnreachable');
    throw e;
  }
}
