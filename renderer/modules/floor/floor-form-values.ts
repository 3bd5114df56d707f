import type { FloorConnectionFormValues } from '../../../shared/forms/floor-connection.schema';
import type { FloorSettingsView } from '../../../shared/ipc/dto/floor';

/** The form as it opens: the saved connection (never the password), or PostgreSQL's defaults. */
export function floorFormValues(view: FloorSettingsView): FloorConnectionFormValues {
  const c = view.connection;
  return {
    host: c?.host ?? '',
    port: String(c?.port ?? 5432),
    database: c?.database ?? '',
    user: c?.user ?? '',
    password: '',
    sslMode: c?.sslMode ?? 'verify-full',
    caPem: undefined,
    companyId: c?.companyId ?? '',
    companyName: c?.companyName ?? '',
  };
}

export const SSL_LABELS = {
  'verify-full': 'Exigir TLS e conferir o certificado (verify-full)',
  require: 'Exigir TLS sem conferir o certificado (require)',
  disable: 'Sem TLS (só em rede interna confiável)',
} as const;
