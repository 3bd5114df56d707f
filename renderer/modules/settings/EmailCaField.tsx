import type { CaCertificateInfo } from '../../../shared/ipc/dto/bureau';
import { CaCertificatePicker } from '../../ui/CaCertificatePicker';
import styles from './SettingsForm.module.css';

interface Props {
  saved: CaCertificateInfo | null;
  /** undefined: keep the saved CA; null: remove it; text: a newly chosen PEM file. */
  caPem: string | null | undefined;
  fileName: string | null;
  onChange: (pem: string | null | undefined, fileName: string | null) => void;
}

/** The SMTP server's own CA, trusted for this connection only; verification is never switched off. */
export function EmailCaField({ saved, caPem, fileName, onChange }: Props) {
  return (
    <fieldset className={styles.group}>
      <legend>Certificado do servidor</legend>
      <p className={`muted ${styles.hint}`}>
        Se o teste disser que o certificado não é confiável (servidor interno, autoridade própria), importe o
        certificado da autoridade (CA). Ele vale só para este servidor de e-mail.
      </p>
      <CaCertificatePicker
        saved={saved}
        caPem={caPem}
        fileName={fileName}
        onChange={onChange}
        testId="email-ca-info"
      />
    </fieldset>
  );
}
