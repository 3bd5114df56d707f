import { useId, useState } from 'react';
import styles from './FilePicker.module.css';

interface Props {
  /** The accessible name of the input, e.g. "Importar CA (PEM)". */
  label: string;
  accept?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** What the button says; the native "Choose File" never shows. */
  buttonText?: string;
  /** Off when the caller shows the chosen file itself. */
  showName?: boolean;
}

/** A styled file picker in pt-BR: a button and the chosen file's name, over the native input. */
export function FilePicker({
  label,
  accept,
  disabled,
  onFile,
  buttonText = 'Escolher arquivo…',
  showName = true,
}: Props) {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <span className={styles.picker}>
      <input
        id={id}
        type="file"
        className={styles.input}
        aria-label={label}
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setName(file.name);
          onFile(file);
        }}
      />
      <label htmlFor={id} className={styles.button} aria-hidden="true">
        {buttonText}
      </label>
      {showName && <span className={styles.name}>{name ?? 'nenhum arquivo escolhido'}</span>}
    </span>
  );
}
