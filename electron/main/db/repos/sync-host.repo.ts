import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../connection';
import { getSetting, setSetting } from './settings.repo';

const INSTALL_ID = 'install.id';
const MACHINE_NAME = 'install.machineName';
const CACHED_HOST = 'receivables.syncHost.cache';

export interface InstallIdentity {
  installId: string;
  machineName: string;
}

/** Which machine holds the receivables role, as the ERP's shared settings say. */
export interface SyncHostDesignation {
  installId: string;
  machineName: string;
  claimedAt: string;
  claimedBy: string;
}

/** This installation: a random id made once, and the machine name it shows to the other desktops. */
export function installIdentity(db: Db): InstallIdentity {
  let installId = getSetting(db, INSTALL_ID);
  if (!installId) {
    installId = randomUUID();
    setSetting(db, INSTALL_ID, installId);
  }
  let machineName = getSetting(db, MACHINE_NAME);
  if (!machineName) {
    machineName = os.hostname();
    setSetting(db, MACHINE_NAME, machineName);
  }
  return { installId, machineName };
}

export function setMachineName(db: Db, name: string): void {
  setSetting(db, MACHINE_NAME, name);
}

/** The last designation read from the ERP, for when the ERP cannot be reached. */
export function cachedSyncHost(db: Db): SyncHostDesignation | null {
  const raw = getSetting(db, CACHED_HOST);
  return raw ? (JSON.parse(raw) as SyncHostDesignation) : null;
}

export function cacheSyncHost(db: Db, d: SyncHostDesignation | null): void {
  setSetting(db, CACHED_HOST, d ? JSON.stringify(d) : '');
}
