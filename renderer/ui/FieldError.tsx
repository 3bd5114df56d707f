import styles from './FormField.module.css';

/** Inline pt-BR message under a form field, announced by screen readers. */
export const FieldError = ({ id, message }: { id: string; message: string | undefined }) =>
  message ? (
    <span id={id} className={styles.error} role="alert">
      {message}
    </span>
  ) : null;
