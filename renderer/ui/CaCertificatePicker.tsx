import type { CaCertificateInfo } from '../../shared/ipc/dto/bureau';
import { formatDateBR } from './format';
import { FilePicker } from './FilePicker';
import noticeCss from './notices.module.css';
import styles from './CaCertificatePicker.module.css';

interface Props {
  saved: CaCertificateInfo | null;
  /** undefined: keep the saved CA; null: remove it; text: a newly chosen PEM file. */
  caPem: string | null | undefined;
  fileName: string | null;
  onChange: (pem: string | null | undefined, fileName: string | null) => void;
  /** The test id of the line that describes the CA in use. */
  testId: string;
  /** Show the saved certificate's SHA-256 (the bureau's screen shows it beside the key pin). */
  showFingerprint?: boolean;
}

/** One connection's own CA (PEM), trusted for that connection only; verification is never switched off. */
export function CaCertificatePicker({ saved, caPem, fileName, onChange, testId, showFingerprint }: Props) {
  const showSaved = caPem === undefined && saved;
  return (
    <div className={styles.picker}>
      <span>Certificado da autoridade (CA): </span>
      {showSaved && saved ? (
        <span data-testid={testId}>
          {saved.subject} · válido até {formatDateBR(saved.validTo)}
          {saved.expired && <strong className={noticeCss.riskInline}> (vencido)</strong>}
          {showFingerprint && (
            <>
              <br />
              <span className="mono muted">SHA-256 {saved.fingerprint256}</span>
            </>
          )}
        </span>
      ) : caPem ? (
        <span data-testid={testId}>{fileName ?? 'arquivo selecionado'} (será validado ao salvar)</span>
      ) : (
        <span className="muted">nenhum (somente as autoridades padrão)</span>
      )}
      <FilePicker
        label="Importar CA (PEM)"
        buttonText="Importar CA (PEM)…"
        showName={false}
        accept=".pem,.crt,.cer,application/x-pem-file"
        onFile={(file) => void file.text().then((text) => onChange(text, file.name))}
      />
      {(showSaved || caPem) && (
        <button type="button" onClick={() => onChange(null, null)}>
          Remover CA
        </button>
      )}
    </div>
  );
}
