import { Checkbox } from '../../ui/Checkbox';
import styles from './CheckboxRow.module.css';

/** One styled checkbox with its visible text; the text is also its accessible name. */
export function CheckboxRow({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className={styles.row}>
      <Checkbox label={label} checked={checked} onChange={onChange} disabled={disabled} />
      <span>{label}</span>
    </label>
  );
}
