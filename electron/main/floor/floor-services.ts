/**
 * What follows the floor live on a seat: the change feed (replicator), the ERP follower, the feed pruner and the
 * seat's copy of the floor's accounts; the shared settings are read in full when it starts.
 * Started by createCore for a seat that opens joined, and again at once by a runtime join
 * (Configurações → Banco central → Entrar); leaving stops them. Job leases read `core.floor`
 * on each run, so they follow the swap by themselves.
 */
import type { Core } from '../core-types';
import { createFloorAccounts, EMBEDDED_ACCOUNTS } from './accounts/floor-accounts';
import { createErpFollower, NO_ERP_FOLLOWER } from './erp/erp-follower';
import { NO_PRUNER, startFeedPruner } from './replication/feed-pruning';
import { REPLICATED_TABLES } from './replication/replicated-tables';
import { createReplicator, NO_REPLICATOR } from './replication/replicator';
import { refreshSharedSettings } from './settings/shared-settings';
import { rotateFloorKeyInBackground } from './secrets/floor-key-rotation';

/** The change feed and the pruner (after the demo seeding at start; at once after a join). */
export function startFloorFollowers(core: Core): void {
  if (core.floor.mode !== 'floor') return;
  // Before the replicator: its LISTEN connection wakes the ERP follower too (first fill on connect).
  core.erpFollower = createErpFollower(core, core.tuning.erpFollower);
  core.replicator = createReplicator(core, REPLICATED_TABLES);
  core.feedPruner = startFeedPruner(core);
  // IT rotated the floor key (policy floorKey + floorKeyPrevious): re-seal once per floor.
  rotateFloorKeyInBackground(core);
}

/** Before the link is closed or swapped: the LISTEN connection ends before its pool. */
export async function stopFloorServices(core: Core): Promise<void> {
  core.feedPruner.stop();
  core.feedPruner = NO_PRUNER;
  const replicator = core.replicator;
  const erpFollower = core.erpFollower;
  core.replicator = NO_REPLICATOR;
  core.erpFollower = NO_ERP_FOLLOWER;
  await Promise.all([replicator.close(), erpFollower.close()]);
  core.floorAccounts = EMBEDDED_ACCOUNTS;
}

/** After `core.floor` changed at run time (joined or left): everything follows the new link now. */
export async function followFloorNow(core: Core): Promise<void> {
  core.floorAccounts = createFloorAccounts(core);
  if (core.floor.mode !== 'floor') return;
  await refreshSharedSettings(core, { full: true });
  await core.floorAccounts.ensureFresh();
  startFloorFollowers(core);
}
