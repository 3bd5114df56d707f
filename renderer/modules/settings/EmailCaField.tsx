import type { CaCertificateInfo } from '../../../shared/ipc/dto/bureau';
import { formatDateBR } from '../../ui/format';

interface Props {
  saved: CaCertificateInfo | null;
  /** undefined: keep the saved CA; null: remove it; text: a newly chosen PEM file. */
  caPem: string | null | undefined;
  fileName: string | null;
  onChange: (pem: string | null | undefined, fileName: string | null) => void;
}

/** The SMTP server's own CA, trusted for this connection only; verification is never switched off. */
export function EmailCaField({ saved, caPem, fileName, onChange }: Props) {
  const showSaved = caPem === undefined && saved;
  return (
    <fieldset className="bureau-tls">
      <legend>Certificado do servidor</legend>
      <p className="muted">
        Se o teste disser que o certificado não é confiável (servidor interno, autoridade própria), importe o
        certificado da autoridade (CA). Ele vale só para este servidor de e-mail.
      </p>
      <div className="bureau-ca">
        <span>Certificado da autoridade (CA): </span>
        {showSaved && saved ? (
          <span data-testid="email-ca-info">
            {saved.subject} · válido até {formatDateBR(saved.validTo)}
            {saved.expired && <strong className="bureau-risk-inline"> (vencido)</strong>}
          </span>
        ) : caPem ? (
          <span data-testid="email-ca-info">
            {fileName ?? 'arquivo selecionado'} (será validado ao salvar)
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
              if (file) void file.text().then((text) => onChange(text, file.name));
            }}
          />
        </label>
        {(showSaved || caPem) && (
          <button type="button" onClick={() => onChange(null, null)}>
            Remover CA
          </button>
        )}
      </div>
    </fieldset>
  );
}
