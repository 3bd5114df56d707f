import type { SmtpSecurity } from '../../../../shared/ipc/dto/email';
import type { Db } from '../connection';
import { getSetting, setSetting } from './settings.repo';

/** Everything Configurações → E-mail keeps; the password only as ciphertext from core.secrets. */
export interface SmtpConfig {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  passwordCipher: string | null;
  fromName: string;
  fromAddress: string;
  /** Extra CA trusted for this SMTP connection only (PEM). */
  caPem: string | null;
}

export const SMTP_CONFIG_KEY = 'email.smtp';

export const DEFAULT_SMTP_CONFIG: SmtpConfig = {
  host: '',
  port: 587,
  security: 'starttls',
  user: '',
  passwordCipher: null,
  fromName: 'Central de Atendimento',
  fromAddress: '',
  caPem: null,
};

export function getSmtpConfig(db: Db): SmtpConfig {
  const raw = getSetting(db, SMTP_CONFIG_KEY);
  if (!raw) return { ...DEFAULT_SMTP_CONFIG };
  return { ...DEFAULT_SMTP_CONFIG, ...(JSON.parse(raw) as Partial<SmtpConfig>) };
}

export function saveSmtpConfig(db: Db, config: SmtpConfig): void {
  setSetting(db, SMTP_CONFIG_KEY, JSON.stringify(config));
}

export const smtpConfigured = (c: SmtpConfig): boolean => c.host !== '' && c.fromAddress !== '';
