import { useEffect, useRef } from 'react';
import type { ClientSearchRow } from '../../../shared/ipc/dto/clients';
import { CreditStatusBadge } from '../../ui/Badge';
import { formatDocument } from '../../ui/format';
import styles from './SearchResultRow.module.css';
import badgeCss from '../../ui/Badge.module.css';

interface Props {
  row: ClientSearchRow;
  selected: boolean;
  onOpen: () => void;
  onHover: () => void;
}

export function SearchResultRow({ row, selected, onOpen, onHover }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  // Arrow keys can move past the visible rows; keep the selected one in view.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      role="option"
      aria-selected={selected}
      className={selected ? `${styles.row} ${styles.selected}` : styles.row}
      onMouseDown={(e) => {
        e.preventDefault();
        onOpen();
      }}
      onMouseMove={onHover}
      data-testid="search-row"
    >
      <div className={styles.main}>
        <span className={styles.name} data-testid="search-row-name">
          {row.legalName}
        </span>
        {row.tradeName && <span className={styles.trade}>{row.tradeName}</span>}
        {row.matchedContact && (
          <span className={styles.contact} data-testid="search-row-contact">
            Contato: {row.matchedContact}
          </span>
        )}
      </div>
      <div className={styles.meta}>
        <span className="mono">{formatDocument(row.document)}</span>
        <span>Cód. {row.erpCode}</span>
        <span>
          {row.city}/{row.uf}
        </span>
        {row.status === 'inactive' && (
          <span className={`${badgeCss.badge} ${badgeCss.neutral}`}>INATIVO</span>
        )}
        <CreditStatusBadge status={row.creditStatus} />
      </div>
    </li>
  );
}
