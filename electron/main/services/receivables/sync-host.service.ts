/**
 * One sender per company: only the desktop designated as the sync host sends receivables.
 * The designation lives in the ERP's shared settings (compare-and-set by version), so every
 * desktop reads the same answer; each desktop caches the last answer for when the ERP is down.
 */
import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../../shared/ipc/result';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import {
  cacheSyncHost,
  cachedSyncHost,
  installIdentity,
  type InstallIdentity,
  type SyncHostDesignation,
} from '../../db/repos/sync-host.repo';
import type { SharedSetting } from '../../gateways/erp/erp-gateway';
import { erpGatewayFor } from '../erp/erp-link';

export const SYNC_HOST_SETTING = 'receivables.syncHost';

export interface SyncHostState {
  me: InstallIdentity;
  designation: SyncHostDesignation | null;
  isHost: boolean;
  /** 'erp': read now; 'cache': the ERP could not be reached; 'none': no ERP configured. */
  source: 'erp' | 'cache' | 'none';
  /** pt-BR, why the ERP answer is missing; null when read from the ERP. */
  problem: string | null;
}

function parse(setting: SharedSetting | null): SyncHostDesignation | null {
  if (!setting || setting.value.trim() === '') return null;
  try {
    const v = JSON.parse(setting.value) as Partial<SyncHostDesignation>;
    if (typeof v.installId !== 'string' || typeof v.machineName !== 'string') return null;
    return {
      installId: v.installId,
      machineName: v.machineName,
      claimedAt: String(v.claimedAt ?? setting.updatedAt),
      claimedBy: String(v.claimedBy ?? setting.updatedBy),
    };
  } catch {
    return null;
  }
}

const state = (
  me: InstallIdentity,
  d: SyncHostDesignation | null,
  source: SyncHostState['source'],
  problem: string | null,
): SyncHostState => ({
  me,
  designation: d,
  isHost: d?.installId === me.installId,
  source,
  problem,
});

/**
 * Asks the ERP who holds the role; falls back to the last known answer when it cannot.
 * `maxAgeMs` lets a screen that polls reuse an answer that young instead of asking again.
 */
export async function readSyncHost(core: Core, maxAgeMs = 0): Promise<SyncHostState> {
  const hit = core.state.syncHost;
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.state;
  const fresh = await askErp(core);
  core.state.syncHost = { at: Date.now(), state: fresh };
  return fresh;
}

async function askErp(core: Core): Promise<SyncHostState> {
  const me = installIdentity(core.db);
  const gateway = await erpGatewayFor(core);
  if (!gateway) {
    return state(
      me,
      null,
      'none',
      'A integração com o ERP não está configurada: sem ela não há como designar o computador que envia.',
    );
  }
  try {
    const designation = parse(await gateway.getSharedSetting(SYNC_HOST_SETTING));
    cacheSyncHost(core.db, designation);
    return state(me, designation, 'erp', null);
  } catch (e) {
    const why = e instanceof AppFailure ? e.message : 'falha inesperada';
    return state(
      me,
      cachedSyncHost(core.db),
      'cache',
      `ERP indisponível (${why}); usando a última designação conhecida.`,
    );
  }
}

/**
 * "Designar este computador". Taking the role from another desktop needs `confirmTakeover`:
 * without it the caller gets a CONFLICT naming the current holder, to show as a warning.
 */
export async function claimSyncHost(
  core: Core,
  user: SessionUser,
  confirmTakeover: boolean,
): Promise<SyncHostState> {
  const me = installIdentity(core.db);
  const gateway = await erpGatewayFor(core);
  if (!gateway) {
    throw new AppFailure('receivables.hostNeedsErp');
  }
  const current = await gateway.getSharedSetting(SYNC_HOST_SETTING);
  const holder = parse(current);
  if (holder && holder.installId !== me.installId && !confirmTakeover) {
    throw new AppFailure('receivables.hostTaken', { machineName: holder.machineName });
  }
  const designation: SyncHostDesignation = {
    installId: me.installId,
    machineName: me.machineName,
    claimedAt: core.now().toISOString(),
    claimedBy: user.name,
  };
  try {
    await gateway.putSharedSetting(SYNC_HOST_SETTING, {
      value: JSON.stringify(designation),
      updatedBy: user.name,
      expectedVersion: current?.version ?? 0,
      idempotencyKey: randomUUID(),
    });
  } catch (e) {
    if (e instanceof AppFailure && e.code === 'CONFLICT') {
      throw new AppFailure('receivables.hostChangedMeanwhile');
    }
    throw e;
  }
  core.db.transaction(() => {
    cacheSyncHost(core.db, designation);
    insertAudit(core.db, {
      at: designation.claimedAt,
      userId: user.id,
      userName: user.name,
      entity: 'settings',
      entityId: SYNC_HOST_SETTING,
      action: 'Computador que envia as contas a receber ao bureau designado',
      changes: { computador: { before: holder?.machineName ?? null, after: me.machineName } },
    });
  })();
  const claimed = state(me, designation, 'erp', null);
  core.state.syncHost = { at: Date.now(), state: claimed };
  return claimed;
}
