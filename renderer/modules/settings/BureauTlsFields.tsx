import type { CaCertificateInfo } from '../../../shared/ipc/dto/bureau';
import { CaCertificatePicker } from '../../ui/CaCertificatePicker';
import { FormField } from '../../ui/FormField';
import styles from './SettingsForm.module.css';
import noticeCss from '../../ui/notices.module.css';

interface Props {
  saved: CaCertificateInfo | null;
  /** undefined: keep the saved CA; null: remove it; text: a newly chosen PEM file. */
  caPem: string | null | undefined;
  caFileName: string | null;
  onCaChange: (pem: string | null | undefined, fileName: string | null) => void;
  pin: string;
  onPinChange: (pin: string) => void;
  pinError?: string;
  insecureEnvironment: boolean;
}

/** Trust for the bureau connection only: an imported CA and/or the pin of the server's key. */
export function BureauTlsFields(p: Props) {
  return (
    <fieldset className={styles.group}>
      <legend>Segurança da conexão (TLS)</legend>
      {p.insecureEnvironment && (
        <p className={noticeCss.risk} role="alert" data-testid="bureau-tls-risk">
          Risco: a variável de ambiente <code>NODE_TLS_REJECT_UNAUTHORIZED=0</code> está definida neste
          computador. Ela desliga a verificação de certificados de qualquer programa Node que a respeite. A
          conexão com o bureau a ignora e continua verificando o certificado, mas remova a variável do
          sistema.
        </p>
      )}
      <p className={`muted ${styles.hint}`}>
        Se o certificado do bureau não for aceito, importe o certificado da autoridade (CA) ou informe o pin
        da chave do servidor. Isso vale só para a conexão com o bureau; a verificação nunca é desligada.
      </p>
      <div className={styles.pin}>
        <CaCertificatePicker
          saved={p.saved}
          caPem={p.caPem}
          fileName={p.caFileName}
          onChange={p.onCaChange}
          testId="bureau-ca-info"
          showFingerprint
        />
      </div>
      <FormField
        id="bureau-pin"
        label="Pin da chave do servidor (SHA-256 da chave pública, Base64)"
        error={p.pinError}
      >
        <input
          className="mono"
          value={p.pin}
          onChange={(e) => p.onPinChange(e.target.value)}
          placeholder="ex.: 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        />
      </FormField>
    </fieldset>
  );
}
