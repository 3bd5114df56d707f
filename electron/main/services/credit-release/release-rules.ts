/** The group caps on releasing an order; a refusal names the rule (catalog sentence). */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { releaseCaps, type ReleaseCaps } from '../../db/repos/credit-release-caps.repo';
import { titlesPosition } from '../../db/repos/client-titles.repo';

export interface ReleaseSubject {
  number: string;
  valueCents: number;
  clientErpCode: string;
}

/** Throws the first rule the release breaks. */
export function assertMayRelease(
  db: Db,
  userId: number,
  orders: ReleaseSubject[],
  today: string,
  caps: ReleaseCaps = releaseCaps(db, userId),
): void {
  const max = caps.maxOrderReleaseCents;
  if (max !== null)
    for (const o of orders)
      if (o.valueCents > max)
        throw new AppFailure('creditRelease.maxValueExceeded', {
          number: o.number,
          valueCents: o.valueCents,
          maxCents: max,
        });
  if (!caps.mayReleaseOverdue)
    for (const code of new Set(orders.map((o) => o.clientErpCode))) {
      const t = titlesPosition(db, code, today, today);
      if (t.overdueCount > 0)
        throw new AppFailure('creditRelease.overdueNotAllowed', {
          count: t.overdueCount,
          totalCents: t.overdueCents,
        });
    }
}

/** The same check as a sentence (null when allowed), for the detail and the preview. */
export function releaseRefusal(
  db: Db,
  userId: number,
  orders: ReleaseSubject[],
  today: string,
): string | null {
  try {
    assertMayRelease(db, userId, orders, today);
    return null;
  } catch (e) {
    if (e instanceof AppFailure) return e.message;
    throw e;
  }
}
