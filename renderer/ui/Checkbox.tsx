import { Checkbox as Radix } from 'radix-ui';
import styles from './primitives.module.css';

/** A styled checkbox (Radix: role="checkbox", Space toggles) with the same look on every screen. */
export function Checkbox({
  checked,
  onChange,
  label,
  disabled,
  id,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
  /** For a <label htmlFor> elsewhere (a table cell); the accessible name stays `label`. */
  id?: string;
}) {
  return (
    <Radix.Root
      id={id}
      className={styles.checkbox}
      checked={checked}
      disabled={disabled}
      aria-label={label}
      onCheckedChange={(value) => onChange(value === true)}
    >
      <Radix.Indicator aria-hidden="true">✓</Radix.Indicator>
    </Radix.Root>
  );
}
