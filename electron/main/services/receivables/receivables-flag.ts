import { messageFor } from '../../../../shared/ipc/messages';
import type { BureauConfig } from '../../db/repos/bureau-settings.repo';

/**
 * The receivables upload speaks a PROVISIONAL schema (deps-api.md §5). Until Deps confirms it,
 * nothing is ever sent to a bureau outside this machine, whatever the settings say: only the
 * simulator on 127.0.0.1 (demo, tests) receives it. Flip once the schema is confirmed.
 */
export const RECEIVABLES_SCHEMA_CONFIRMED = false;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export interface UploadState {
  allowed: boolean;
  /** pt-BR, why nothing is sent; null when allowed. */
  reason: string | null;
  /** The catalog key of `reason`, to throw it; null when allowed. */
  key: 'receivables.disabledForBureau' | 'receivables.formatUnconfirmed' | null;
}

export function receivablesUploadState(
  config: Pick<BureauConfig, 'url' | 'receivablesUploadEnabled'>,
): UploadState {
  if (!config.receivablesUploadEnabled) {
    return {
      allowed: false,
      reason: messageFor('receivables.disabledForBureau'),
      key: 'receivables.disabledForBureau',
    };
  }
  if (!RECEIVABLES_SCHEMA_CONFIRMED && !isLoopbackUrl(config.url)) {
    return {
      allowed: false,
      reason: messageFor('receivables.formatUnconfirmed'),
      key: 'receivables.formatUnconfirmed',
    };
  }
  return { allowed: true, reason: null, key: null };
}
