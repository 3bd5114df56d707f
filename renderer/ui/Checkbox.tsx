import { Checkbox as Radix } from 'radix-ui';
import styles from './primitives.module.css';

/** A styled checkbox (Radix: role="checkbox", Space toggles) with the same look on every screen. */
export function Checkbox({
  checked,
  onChange,
  label,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
}) {
  return (
    <Radix.Root
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
