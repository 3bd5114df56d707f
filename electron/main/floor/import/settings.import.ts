/**
 * Import step "Configurações": every shared setting of this embedded desktop goes to the empty
 * floor, its secrets (bureau password, ERP token, SMTP password) opened with this desktop's own
 * store and sealed again with the floor key, so no secret reaches the central database in clear
 * or under a key only this desktop has. Needs the two stores, so it is built per core.
 */
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import { log } from '../../log';
import type { SecretStore } from '../../services/secrets/secret-store';
import type { FloorKey } from '../secrets/floor-key';
import { isFloorEnvelope, sealWithFloorKey } from '../secrets/floor-secret-store';
import { isSharedSettingKey, secretOf, withSecret } from '../settings/setting-keys';
import type { SharedSchema } from '../shared-schema';
import type { FloorImportStep } from './import-step';

export interface SettingsImportDeps {
  /** This desktop's store (core.secrets): what sealed its secrets until now. */
  localSecrets: SecretStore;
  /** The floor key of the machine policy (core.policy.floorKey). */
  floorKey: FloorKey;
  now: () => Date;
}

async function assertFloorsKey(central: Kysely<SharedSchema>, keyId: string, now: Date): Promise<void> {
  await central
    .insertInto('floor_secret_key')
    .values({ id: 1, key_id: keyId, claimed_at: now.toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await central
    .selectFrom('floor_secret_key')
    .select('key_id')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (row?.key_id !== keyId) throw new AppFailure('floor.keyMismatch');
}

export function createSettingsImportStep(deps: SettingsImportDeps): FloorImportStep {
  /** The secret sealed with the floor key; null when this desktop cannot read it (re-entry needed). */
  const reseal = async (central: Kysely<SharedSchema>, secret: string): Promise<string | null> => {
    if (isFloorEnvelope(secret)) return secret;
    const bytes = deps.floorKey.bytes();
    if (!bytes || !deps.floorKey.keyId)
      throw new AppFailure('floor.keyMissing', { problem: deps.floorKey.problem });
    let plain: string;
    try {
      plain = await deps.localSecrets.decrypt(secret);
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      log.warn(
        `importação: uma senha salva neste computador não pôde ser lida e não foi levada (${e.message})`,
      );
      return null;
    }
    await assertFloorsKey(central, deps.floorKey.keyId, deps.now());
    return sealWithFloorKey(bytes, deps.floorKey.keyId, plain);
  };
  return {
    id: 'settings',
    label: 'Configurações (ERP, bureau, e-mail, integração, limites) e senhas',
    async run(local: Database.Database, central: Kysely<SharedSchema>) {
      const rows = (
        local.prepare('SELECT key, value FROM app_settings ORDER BY key').all() as {
          key: string;
          value: string;
        }[]
      ).filter((r) => isSharedSettingKey(r.key));
      const values: { key: string; value: string }[] = [];
      for (const { key, value } of rows) {
        const secret = secretOf(key, value);
        values.push({ key, value: secret ? withSecret(key, value, await reseal(central, secret)) : value });
      }
      if (values.length === 0) return { rows: 0 };
      const inserted = await central
        .insertInto('app_settings')
        .values(values)
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return { rows: Number(inserted.numInsertedOrUpdatedRows ?? 0) };
    },
  };
}
