import { Select as Radix } from 'radix-ui';
import styles from './primitives.module.css';
import { usePortalContainer } from './portal-container';

export interface SelectOption {
  value: string;
  label: string;
}

/** A styled single choice (Radix Select: arrows, type-ahead, Esc) for lists short enough to scan. */
export function Select({
  value,
  onChange,
  options,
  label,
  placeholder = 'Selecione…',
  disabled,
  ...field
}: {
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  label: string;
  placeholder?: string;
  disabled?: boolean;
  /** Set by FormField (its label's target and the inline error). */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const container = usePortalContainer();
  return (
    <Radix.Root value={value} onValueChange={onChange} disabled={disabled}>
      <Radix.Trigger {...field} className={styles.trigger} aria-label={label}>
        <Radix.Value placeholder={placeholder} />
        <Radix.Icon aria-hidden="true">▾</Radix.Icon>
      </Radix.Trigger>
      <Radix.Portal container={container}>
        <Radix.Content className={styles.content} position="popper" sideOffset={4}>
          <Radix.Viewport>
            {options.map((o) => (
              <Radix.Item key={o.value} value={o.value} className={styles.item}>
                <Radix.ItemText>{o.label}</Radix.ItemText>
              </Radix.Item>
            ))}
          </Radix.Viewport>
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}
