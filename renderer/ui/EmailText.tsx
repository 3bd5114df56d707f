import styles from './EmailText.module.css';

/**
 * An e-mail address that may wrap only before the "@": each half stays whole, so a narrow
 * column never shows "fulano@empre" / "sa.com.br".
 */
export function EmailText({ value }: { value: string }) {
  const at = value.indexOf('@');
  if (at <= 0)
    return (
      <span className={styles.part} data-email-part>
        {value}
      </span>
    );
  return (
    <span className="email" data-testid="email">
      <span className={styles.part} data-email-part>
        {value.slice(0, at)}
      </span>
      <wbr />
      <span className={styles.part} data-email-part>
        {value.slice(at)}
      </span>
    </span>
  );
}
