import { Tabs as Radix } from 'radix-ui';
import type { ReactNode } from 'react';
import styles from './Tabs.module.css';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  hint?: string;
}

interface Props<K extends string> {
  items: TabItem<K>[];
  active: K;
  onSelect: (key: K) => void;
  label: string;
  trailing?: ReactNode;
}

/**
 * A WAI-ARIA tab list on Radix (roving focus: arrows, Home, End). The panels stay the callers'
 * own role="tabpanel" elements, so aria-controls is left off rather than pointing nowhere.
 * The strip never wraps: tabs that do not fit scroll sideways.
 */
export function Tabs<K extends string>({ items, active, onSelect, label, trailing }: Props<K>) {
  return (
    <Radix.Root value={active} onValueChange={(key) => onSelect(key as K)} activationMode="automatic">
      <div className={styles.tabs}>
        <Radix.List className={styles.list} aria-label={label} loop>
          {items.map((t) => (
            <Radix.Trigger
              key={t.key}
              value={t.key}
              aria-controls={undefined}
              className={t.key === active ? `${styles.tab} ${styles.active}` : styles.tab}
              title={t.hint}
            >
              {t.label}
            </Radix.Trigger>
          ))}
        </Radix.List>
        {trailing}
      </div>
    </Radix.Root>
  );
}
