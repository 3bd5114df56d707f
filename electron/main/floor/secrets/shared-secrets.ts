/**
 * Which store seals the secrets that live in shared settings (bureau password, ERP token, SMTP
 * password): this desktop's own store (safeStorage or the key file) in embedded mode, the floor
 * key in floor mode, so every seat with the key reads what an admin saved once. Secrets that
 * never leave this desktop (the remembered login) keep using core.secrets.
 */
import type { Core } from '../../core-types';
import type { SecretStore } from '../../services/secrets/secret-store';
import { NO_FLOOR_KEY } from './floor-key';
import { createFloorSecretStore } from './floor-secret-store';

export function sharedSecrets(core: Pick<Core, 'floor' | 'policy' | 'secrets' | 'now'>): SecretStore {
  if (!core.floor.pool) return core.secrets;
  return createFloorSecretStore(
    core.policy.floorKey ?? NO_FLOOR_KEY,
    core.floor.pool,
    () => core.now(),
    core.policy.floorKeyPrevious ?? NO_FLOOR_KEY,
  );
}
