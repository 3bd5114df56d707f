import { safeStorage } from 'electron';
import { AppFailure } from '../../../../shared/ipc/result';
import type { SecretStore } from './secret-store';

const PREFIX = 'ss1:';

/** Electron safeStorage (DPAPI on Windows), async API. Never falls back to plain text. */
export function createSafeStorageStore(): SecretStore {
  return {
    kind: 'safeStorage',
    protectionNote: 'A senha é cifrada pelo Windows para este usuário e nunca é gravada em texto.',
    availability: async () =>
      (await safeStorage.isAsyncEncryptionAvailable())
        ? { ok: true }
        : {
            ok: false,
            reason:
              'A criptografia do sistema operacional não está disponível para este usuário; por segurança, nada foi salvo.',
          },
    encrypt: async (plain) => PREFIX + (await safeStorage.encryptStringAsync(plain)).toString('base64'),
    decrypt: async (value) => {
      try {
        if (!value.startsWith(PREFIX)) throw new Error('prefix');
        const r = await safeStorage.decryptStringAsync(Buffer.from(value.slice(PREFIX.length), 'base64'));
        return r.result;
      } catch {
        throw new AppFailure('secrets.otherWindowsUser');
      }
    },
  };
}
