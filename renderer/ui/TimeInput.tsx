import { useState, type InputHTMLAttributes } from 'react';
import styles from './DateInput.module.css';
import { isTime, maskTime } from './date-text';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

interface Props extends Passed {
  /** HH:mm, 24 h, or '' when empty: the same value a native time input gave. */
  value: string;
  onChange: (time: string) => void;
}

/** A 24-hour time field (HH:mm), never "03:00 PM": digits are masked as they come. */
export function TimeInput({ value, onChange, className, ...rest }: Props) {
  const [text, setText] = useState(value);
  const shown = (isTime(text) ? text : '') === value ? text : value;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder="hh:mm"
      autoComplete="off"
      pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
      title="Hora no formato 24 h, por exemplo 14:30"
      className={className ? `${styles.time} ${className}` : styles.time}
      value={shown}
      onChange={(e) => {
        const next = maskTime(e.target.value);
        setText(next);
        onChange(isTime(next) ? next : '');
      }}
    />
  );
}
