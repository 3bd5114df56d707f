import type { FloorSettingsView } from '../../../shared/ipc/dto/floor';
import { SSL_LABELS } from './floor-form-values';

/** The connection IT set in the machine policy: shown, never editable here. */
export function FloorPolicyView({ view }: { view: FloorSettingsView }) {
  const c = view.connection;
  if (!c) return null;
  const rows: [string, string][] = [
    ['Servidor', `${c.host}:${c.port}`],
    ['Banco de dados', c.database],
    ['Usuário', c.user],
    ['TLS', SSL_LABELS[c.sslMode]],
    ['Empresa', `${c.companyName} (${c.companyId})`],
  ];
  return (
    <div data-testid="floor-policy">
      <p className="muted">
        Definido pela política da máquina{view.policyFile ? ` (${view.policyFile})` : ''}; só a equipe de TI
        pode alterar.
      </p>
      <dl className="settings-readonly">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
