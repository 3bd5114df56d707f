import type { FloorProbeResult } from '../../../shared/ipc/dto/floor';

const TITLES: Record<FloorProbeResult['kind'], string> = {
  ok: 'Conexão ok',
  empty: 'Banco vazio (pronto para importar)',
  authFailed: 'Senha incorreta',
  unreachable: 'Servidor inacessível',
  tlsRefused: 'TLS recusado',
  databaseMissing: 'Banco inexistente',
  schemaNewer: 'Banco de esquema mais novo',
  otherCompany: 'Banco de outra empresa',
};

/** What "Testar conexão" found, in the admin's words. */
export function FloorProbeNote({ result }: { result: FloorProbeResult }) {
  const good = result.kind === 'ok' || result.kind === 'empty';
  return (
    <div
      role="status"
      className={good ? 'notice' : 'bureau-risk'}
      data-testid="floor-probe-result"
      data-kind={result.kind}
    >
      <strong>{TITLES[result.kind]}</strong> — {result.message}{' '}
      <span className="muted">
        ({(result.elapsedMs / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} s)
      </span>
    </div>
  );
}
