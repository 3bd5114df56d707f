import type { BureauProduct } from '../../../../shared/ipc/dto/bureau';
import type { Db } from '../connection';
import { getSetting, setSetting } from './settings.repo';

export const DEFAULT_BUREAU_URL = 'https://api-portal.deps.com.br';
/** The one observed production client used 60 s (deps-api.md §6). */
export const DEFAULT_BUREAU_TIMEOUT_MS = 60_000;

/** Everything Configurações → Bureau de crédito keeps; the password only as ciphertext. */
export interface BureauConfig {
  url: string;
  email: string;
  /** From core.secrets.encrypt; never the password itself. */
  passwordCipher: string | null;
  products: BureauProduct[];
  defaultProductF: string | null;
  defaultProductJ: string | null;
  caPem: string | null;
  spkiPin: string | null;
  receivablesDailySync: boolean;
  /**
   * The receivables upload speaks a PROVISIONAL schema (deps-api.md §5): on only where the
   * endpoint is ours (demo simulator, tests), off for a real bureau until Deps confirms it.
   */
  receivablesUploadEnabled: boolean;
  timeoutMs: number;
}

export const BUREAU_CONFIG_KEY = 'bureau.config';

export const DEFAULT_BUREAU_CONFIG: BureauConfig = {
  url: DEFAULT_BUREAU_URL,
  email: '',
  passwordCipher: null,
  products: [],
  defaultProductF: null,
  defaultProductJ: null,
  caPem: null,
  spkiPin: null,
  receivablesDailySync: false,
  receivablesUploadEnabled: false,
  timeoutMs: DEFAULT_BUREAU_TIMEOUT_MS,
};

export function getBureauConfig(db: Db): BureauConfig {
  const raw = getSetting(db, BUREAU_CONFIG_KEY);
  if (!raw) return { ...DEFAULT_BUREAU_CONFIG };
  return { ...DEFAULT_BUREAU_CONFIG, ...(JSON.parse(raw) as Partial<BureauConfig>) };
}

export function saveBureauConfig(db: Db, config: BureauConfig): void {
  setSetting(db, BUREAU_CONFIG_KEY, JSON.stringify(config));
}
