import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type Key, type ReactNode } from 'react';
import styles from './VirtualRows.module.css';

interface Props<T> {
  label: string;
  rows: T[];
  /** CSS grid-template-columns shared by the header and every row. */
  columns: string;
  header: ReactNode;
  rowKey: (row: T) => Key;
  renderCells: (row: T) => ReactNode;
  onOpen?: (row: T) => void;
  rowLabel?: (row: T) => string;
  hasMore: boolean;
  onEndReached: () => void;
  rowHeight?: number;
  empty: ReactNode;
  /**
   * The row a keyboard-driven list is on (its own state, e.g. the credit release queue): kept in
   * view, marked aria-current and focused while focus is inside the list.
   */
  activeIndex?: number;
  /** A row took focus (a click or Tab), so such a list can follow it. */
  onRowFocus?: (row: T) => void;
}

/**
 * A table whose DOM holds only the rows in view: 10,000 documents cost what 30 cost. Scrolling
 * near the end asks for the next page. Rows that open something take focus and Enter.
 */
export function VirtualRows<T>(p: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = p.rowHeight ?? 36;
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  const { hasMore, onEndReached } = p;
  const count = p.rows.length;
  useEffect(() => {
    if (hasMore && lastIndex >= count - 20) onEndReached();
  }, [hasMore, lastIndex, count, onEndReached]);

  const activeIndex = p.activeIndex ?? -1;
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || activeIndex < 0 || !el.contains(document.activeElement)) return;
    const row = el.querySelector<HTMLElement>(`[aria-rowindex="${activeIndex + 2}"]`);
    if (row && row !== document.activeElement) row.focus({ preventScroll: true });
  });

  const grid: CSSProperties = { gridTemplateColumns: p.columns };
  return (
    <div className={styles.vrows} role="table" aria-label={p.label} aria-rowcount={count + 1}>
      <div className={styles.head} role="row" style={grid}>
        {p.header}
      </div>
      <div ref={scrollRef} className={styles.scroll} role="rowgroup">
        {count === 0 ? (
          // Still a row with a cell: a rowgroup that owns anything else is broken for screen readers.
          <div role="row">
            <div role="cell" className={styles.empty}>
              {p.empty}
            </div>
          </div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = p.rows[item.index] as T;
              const open = p.onOpen;
              return (
                <div
                  key={p.rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-label={p.rowLabel?.(row)}
                  aria-current={item.index === activeIndex ? 'true' : undefined}
                  onFocus={
                    p.onRowFocus ? (e) => e.target === e.currentTarget && p.onRowFocus?.(row) : undefined
                  }
                  className={open ? `${styles.row} ${styles.clickable}` : styles.row}
                  style={{ ...grid, height: rowHeight, transform: `translateY(${item.start}px)` }}
                  tabIndex={open ? 0 : undefined}
                  onClick={open ? () => open(row) : undefined}
                  onKeyDown={
                    open
                      ? (e) => {
                          if (e.key !== 'Enter' || e.target !== e.currentTarget) return;
                          // Otherwise the same Enter would also "click" the dialog's first button.
                          e.preventDefault();
                          open(row);
                        }
                      : undefined
                  }
                >
                  {p.renderCells(row)}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
