import { Tabs as Radix } from 'radix-ui';
import { useRef, type ReactNode } from 'react';
import { Menu } from './Menu';
import { useHiddenTabs } from './useHiddenTabs';
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
 * The strip never wraps: tabs that do not fit scroll sideways, and a "Mais abas" menu lists the
 * ones cut off, so a narrow screen (1366 px beside the finance panel) still reaches every tab.
 */
export function Tabs<K extends string>({ items, active, onSelect, label, trailing }: Props<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  const hidden = useHiddenTabs(listRef, active);
  const more = items.filter((t) => hidden.includes(t.key));
  return (
    <Radix.Root value={active} onValueChange={(key) => onSelect(key as K)} activationMode="automatic">
      <div className={styles.tabs}>
        <Radix.List ref={listRef} className={styles.list} aria-label={label} loop>
          {items.map((t) => (
            <Radix.Trigger
              key={t.key}
              value={t.key}
              data-value={t.key}
              aria-controls={undefined}
              className={t.key === active ? `${styles.tab} ${styles.active}` : styles.tab}
              title={t.hint}
            >
              {t.label}
            </Radix.Trigger>
          ))}
        </Radix.List>
        {more.length > 0 && (
          <span className={styles.more}>
            <Menu
              label={`Mais abas (${more.length})`}
              trigger={
                <>
                  Mais abas ({more.length}) <span aria-hidden="true">▾</span>
                </>
              }
              items={more.map((t) => ({ label: t.label, onSelect: () => onSelect(t.key) }))}
            />
          </span>
        )}
        {trailing}
      </div>
    </Radix.Root>
  );
}
