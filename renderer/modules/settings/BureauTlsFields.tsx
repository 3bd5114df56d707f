import type { CaCertificateInfo } from '../../../shared/ipc/dto/bureau';
import { formatDateBR } from '../../ui/format';

interface Props {
  saved: CaCertificateInfo | null;
  /** undefined: keep the saved CA; null: remove it; text: a newly chosen PEM file. */
  caPem: string | null | undefined;
  caFileName: string | null;
  onCaChange: (pem: string | null | undefined, fileName: string | null) => void;
  pin: string;
  onPinChange: (pin: string) => void;
  insecureEnvironment: boolean;
}

/** Trust for the bureau connection only: an imported CA and/or the pin of the server's key. */
export function BureauTlsFields(p: Props) {
  const showSaved = p.caPem === undefined && p.saved;
  return (
    <fieldset className="bureau-tls">
      <legend>Segurança da conexão (TLS)</legend>
      {p.insecureEnvironment && (
        <p className="bureau-risk" role="alert" data-testid="bureau-tls-risk">
          Risco: a variável de ambiente <code>NODE_TLS_REJECT_UNAUTHORIZED=0</code> está definida neste
          computador. Ela desliga a verificação de certificados de qualquer programa Node que a respeite. A
          conexão com o bureau a ignora e continua verificando o certificado, mas remova a variável do
          sistema.
        </p>
      )}
      <p className="muted">
        Se o certificado do bureau não for aceito, importe o certificado da autoridade (CA) ou informe o pin
        da chave do servidor. Isso vale só para a conexão com o bureau; a verificação nunca é desligada.
      </p>
      <div className="bureau-ca">
        <span>Certificado da autoridade (CA): </span>
        {showSaved && p.saved ? (
          <span data-testid="bureau-ca-info">
            {p.saved.subject} · válido até {formatDateBR(p.saved.validTo)}
            {p.saved.expired && <strong className="bureau-risk-inline"> (vencido)</strong>}
            <br />
            <span className="mono muted">SHA-256 {p.saved.fingerprint256}</span>
          </span>
        ) : p.caPem ? (
          <span data-testid="bureau-ca-info">
            {p.caFileName ?? 'arquivo selecionado'} (será validado ao salvar)
          </span>
        ) : (
          <span className="muted">nenhum (somente as autoridades padrão)</span>
        )}
        <label className="bureau-file">
          Importar CA (PEM)
          <input
            type="file"
            accept=".pem,.crt,.cer,application/x-pem-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((text) => p.onCaChange(text, file.name));
            }}
          />
        </label>
        {(showSaved || p.caPem) && (
          <button type="button" onClick={() => p.onCaChange(null, null)}>
            Remover CA
          </button>
        )}
      </div>
      <label>
        Pin da chave do servidor (SHA-256 da chave pública, Base64)
        <input
          className="mono"
          value={p.pin}
          onChange={(e) => p.onPinChange(e.target.value)}
          placeholder="ex.: 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        />
      </label>
    </fieldset>
  );
}
