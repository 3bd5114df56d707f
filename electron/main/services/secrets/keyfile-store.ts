import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../../shared/ipc/result';
import type { SecretStore } from './secret-store';

const PREFIX = 'kf1:';

/**
 * AES-256-GCM with a random key in a file only the owner can read. Weaker than safeStorage:
 * anyone who can read the data folder as this user can decrypt; the settings page says so.
 */
export function createKeyfileStore(dataDir: string): SecretStore {
  const keyPath = path.join(dataDir, 'secret.key');
  const key = (): Buffer => {
    if (!fs.existsSync(keyPath)) {
      fs.writeFileSync(keyPath, crypto.randomBytes(32), { mode: 0o600, flag: 'wx' });
    }
    fs.chmodSync(keyPath, 0o600);
    return fs.readFileSync(keyPath);
  };
  return {
    kind: 'keyfile',
    protectionNote:
      'Proteção mais fraca: no shell web a senha é cifrada com uma chave guardada na pasta de dados, ' +
      'legível apenas pelo usuário do sistema. No aplicativo Electron ela é protegida pelo Windows.',
    availability: async () => {
      try {
        key();
        return { ok: true };
      } catch (e) {
        return {
          ok: false,
          reason: `Não foi possível criar a chave de criptografia: ${(e as Error).message}`,
        };
      }
    },
    encrypt: async (plain) => {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt: async (value) => {
      try {
        if (!value.startsWith(PREFIX)) throw new Error('prefix');
        const raw = Buffer.from(value.slice(PREFIX.length), 'base64');
        const decipher = crypto.createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new AppFailure('secrets.keyLost');
      }
    },
  };
}
