/**
 * Histórico entries a seat writes in the same local transaction as data the floor follows by
 * another path (a Deps query and its ledger row): written on this seat first, so a seat that
 * dies mid-query still has them; once the query is the floor's (its claim was granted) they move
 * to the central audit_log — copied in one shared write, then removed here — so every seat's
 * Histórico shows them once. The central database unreachable: they stay on this seat (kept, as
 * before floor mode), and the log says so. Embedded mode: nothing to do.
 */
import type { Core } from '../../core-types';
import { insertAudit, type AuditRecord, type FieldChanges } from '../../db/repos/audit.repo';
import { log } from '../../log';
import { floorWrite } from '../replication/floor-write';

export async function promoteHistoryToFloor(core: Core, ids: readonly number[]): Promise<void> {
  if (core.floor.mode !== 'floor' || !core.floor.pool || ids.length === 0) return;
  const read = core.db.prepare('SELECT * FROM audit_log WHERE id = ?');
  const originals = ids.map((id) => read.get(id) as AuditRecord | undefined).filter((r) => r !== undefined);
  if (originals.length === 0) return;
  let copies: number[];
  try {
    copies = await floorWrite(core, () =>
      originals.map((r) =>
        insertAudit(core.db, {
          at: r.at,
          userId: r.user_id,
          userName: r.user_name,
          entity: r.entity,
          entityId: r.entity_id,
          action: r.action,
          changes: JSON.parse(r.changes) as FieldChanges,
        }),
      ),
    );
  } catch (e) {
    log.warn(`Histórico mantido só neste computador (banco central): ${(e as Error).message}`);
    return;
  }
  // The copies came back through the feed; an original still under its id (not one of the
  // copies, not moved aside by an arriving row) goes, so this seat shows each entry once.
  const central = new Set(copies);
  const drop = core.db.prepare(
    'DELETE FROM audit_log WHERE id = @id AND at = @at AND action = @action AND changes = @changes',
  );
  core.db.transaction(() => {
    for (const r of originals)
      if (!central.has(r.id)) drop.run({ id: r.id, at: r.at, action: r.action, changes: r.changes });
  })();
  const clients = new Set(originals.filter((r) => r.entity === 'client').map((r) => Number(r.entity_id)));
  for (const clientId of clients) core.events.emit('client.changed', { clientId, parts: ['history'] });
}
