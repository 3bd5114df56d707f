/** Settings tables of the central database (db/floor-migrations/0300-settings.sql). */
import type { Generated } from 'kysely';

export interface SettingsTables {
  /** Twin of the SQLite app_settings (key, value); `seq` is set by the change-feed trigger. */
  app_settings: { key: string; value: string; seq: Generated<number> };
  floor_secret_key: {
    id: number;
    key_id: string;
    claimed_at: string;
    /** 0910: the key the secrets were sealed with before the last rotation. */
    previous_key_id: string | null;
    rotated_at: string | null;
  };
}
