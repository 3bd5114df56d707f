import { Popover } from 'radix-ui';
import { useState, type InputHTMLAttributes } from 'react';
import { DayPicker } from 'react-day-picker';
import { ptBR } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import styles from './DateInput.module.css';
import { brToIso, isoToBR, isoToLocalDate, localDateToIso, maskDate } from './date-text';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'>;

interface Props extends Passed {
  /** ISO day (YYYY-MM-DD) or '' when empty: the same value a native date input gave. */
  value: string;
  onChange: (iso: string) => void;
  min?: string;
  max?: string;
}

/**
 * A pt-BR date field: typed as dd/mm/aaaa (digits are masked as they come) or picked on a
 * calendar in Portuguese (react-day-picker in a Radix popover). Emits ISO days, or '' when cleared.
 */
export function DateInput({ value, onChange, min, max, className, ...rest }: Props) {
  const [text, setText] = useState(() => isoToBR(value));
  const [open, setOpen] = useState(false);
  // Like a native date input: a partial or impossible day means '' to the parent, and the
  // parent's value wins whenever it differs from what the text means.
  const shown = (brToIso(text) ?? '') === value ? text : isoToBR(value);
  const selected = isoToLocalDate(value);
  return (
    <span className={styles.field}>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/aaaa"
        autoComplete="off"
        className={className ? `${styles.input} ${className}` : styles.input}
        value={shown}
        onChange={(e) => {
          const next = maskDate(e.target.value);
          setText(next);
          onChange(brToIso(next) ?? '');
        }}
      />
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger className={styles.trigger} aria-label="Abrir calendário" disabled={rest.disabled}>
          {/* Drawn, not an emoji: a machine without an emoji font showed an empty box. */}
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className={styles.popover} align="start" sideOffset={4} aria-label="Calendário">
            <DayPicker
              mode="single"
              locale={ptBR}
              selected={selected}
              defaultMonth={selected ?? (max ? isoToLocalDate(max) : undefined)}
              disabled={[
                ...(min ? [{ before: isoToLocalDate(min) as Date }] : []),
                ...(max ? [{ after: isoToLocalDate(max) as Date }] : []),
              ]}
              onSelect={(day) => {
                if (!day) return;
                const iso = localDateToIso(day);
                setText(isoToBR(iso));
                onChange(iso);
                setOpen(false);
              }}
            />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </span>
  );
}
