/**
 * The central database an admin joined from Configurações → Banco central, kept in this
 * desktop's own file (app_settings) so the seat rejoins at the next start. The password is
 * stored only encrypted by the secret store (safeStorage in Electron), never in clear.
 */
import type { Db } from '../db/connection';
import { deleteSetting, getSetting, setSetting } from '../db/repos/settings.repo';
import type { SecretStore } from '../services/secrets/secret-store';
import type { FloorConnectionSettings } from './floor-db';
import type { FloorJoin } from './floor-link';

const CONNECTION = 'floor.connection';
const PASSWORD = 'floor.passwordCipher';

/** What is saved in clear: everything but the password. */
export interface SavedFloorConnection extends Omit<FloorConnectionSettings, 'password'> {
  companyId: string;
  companyName: string;
}

export function savedFloorConnection(db: Db): SavedFloorConnection | null {
  const raw = getSetting(db, CONNECTION);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SavedFloorConnection;
  } catch {
    return null;
  }
}

export const hasSavedFloorPassword = (db: Db): boolean => getSetting(db, PASSWORD) !== undefined;

export async function savedFloorPassword(db: Db, secrets: SecretStore): Promise<string | null> {
  const cipher = getSetting(db, PASSWORD);
  return cipher ? secrets.decrypt(cipher) : null;
}

/** The join saved here, or null (embedded). Throws SECRET_UNREADABLE when the password was sealed elsewhere. */
export async function savedFloorJoin(db: Db, secrets: SecretStore): Promise<FloorJoin | null> {
  const saved = savedFloorConnection(db);
  const password = saved ? await savedFloorPassword(db, secrets) : null;
  if (!saved || password === null) return null;
  const { companyId, companyName, ...connection } = saved;
  return { connection: { ...connection, password }, company: { id: companyId, name: companyName } };
}

export async function saveFloorJoin(db: Db, secrets: SecretStore, join: FloorJoin): Promise<void> {
  const { password, ...connection } = join.connection;
  const saved: SavedFloorConnection = {
    ...connection,
    companyId: join.company.id,
    companyName: join.company.name,
  };
  const cipher = await secrets.encrypt(password);
  db.transaction(() => {
    setSetting(db, CONNECTION, JSON.stringify(saved));
    setSetting(db, PASSWORD, cipher);
  })();
}

export function clearFloorJoin(db: Db): void {
  db.transaction(() => {
    deleteSetting(db, CONNECTION);
    deleteSetting(db, PASSWORD);
  })();
}
