import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DeviceSlot } from './device-slot';

/**
 * The Electron counterpart of the web shell's cookie: one file per session profile (keyed by
 * the profile's storage path), holding the token sealed by safeStorage, readable by the owner only.
 */
export function fileDeviceSlot(dataDir: string, profileId: string): DeviceSlot {
  const dir = path.join(dataDir, 'remembered');
  const file = path.join(
    dir,
    `${crypto.createHash('sha256').update(profileId).digest('hex').slice(0, 32)}.seal`,
  );
  return {
    read: () => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    write: (sealed) => {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.writeFileSync(file, sealed, { mode: 0o600 });
    },
    clear: () => fs.rmSync(file, { force: true }),
  };
}
