import type { ReactNode } from 'react';

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

/** A WAI-ARIA tab list; arrow keys move between tabs. */
export function Tabs<K extends string>({ items, active, onSelect, label, trailing }: Props<K>) {
  const move = (delta: number) => {
    const i = items.findIndex((t) => t.key === active);
    const next = items[(i + delta + items.length) % items.length];
    if (next) onSelect(next.key);
  };
  return (
    <div
      className="tabs"
      role="tablist"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') move(1);
        if (e.key === 'ArrowLeft') move(-1);
      }}
    >
      {items.map((t) => (
        <button
          key={t.key}
          type="button"
          role="tab"
          aria-selected={t.key === active}
          tabIndex={t.key === active ? 0 : -1}
          className={t.key === active ? 'tab tab-active' : 'tab'}
          title={t.hint}
          onClick={() => onSelect(t.key)}
        >
          {t.label}
        </button>
      ))}
      {trailing}
    </div>
  );
}
