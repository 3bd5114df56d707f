import type { ReactElement } from 'react';
import { cloneElement } from 'react';
import { FieldError } from './FieldError';
import styles from './FormField.module.css';

/** Label + control + inline error, wired for screen readers (aria-invalid, aria-describedby). */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? `${styles.field} ${styles.hasError}` : styles.field}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {hint && !error && <span className={`muted ${styles.hint}`}>{hint}</span>}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
