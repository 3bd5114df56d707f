/**
 * Where secrets (bureau password, ERP token) are encrypted before they touch the database.
 * Electron uses the OS-backed safeStorage; the web shell, which has none, a key file.
 */
export interface SecretStore {
  /** floorKey: floor mode, sealed with the floor key of the machine policy (floor/secrets). */
  kind: 'safeStorage' | 'keyfile' | 'floorKey';
  /** Shown to the admin next to the password field. */
  protectionNote: string;
  /** Whether secrets can be saved now, and in pt-BR why not. */
  availability(): Promise<{ ok: true } | { ok: false; reason: string }>;
  encrypt(plain: string): Promise<string>;
  /** Throws AppFailure('SECRET_UNREADABLE') when the value was encrypted elsewhere (other Windows user, restored profile). */
  decrypt(cipher: string): Promise<string>;
}
