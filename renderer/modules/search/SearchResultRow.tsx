import { useEffect, useRef } from 'react';
import type { ClientSearchRow } from '../../../shared/ipc/dto/clients';
import { CreditStatusBadge } from '../../ui/Badge';
import { formatDocument } from '../../ui/format';

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
      className={selected ? 'search-row search-row-selected' : 'search-row'}
      onMouseDown={(e) => {
        e.preventDefault();
        onOpen();
      }}
      onMouseMove={onHover}
      data-testid="search-row"
    >
      <div className="search-row-main">
        <span className="search-row-name">{row.legalName}</span>
        {row.tradeName && <span className="search-row-trade">{row.tradeName}</span>}
        {row.matchedContact && (
          <span className="search-row-contact" data-testid="search-row-contact">
            Contato: {row.matchedContact}
          </span>
        )}
      </div>
      <div className="search-row-meta">
        <span className="mono">{formatDocument(row.document)}</span>
        <span>Cód. {row.erpCode}</span>
        <span>
          {row.city}/{row.uf}
        </span>
        {row.status === 'inactive' && <span className="badge badge-neutral">INATIVO</span>}
        <CreditStatusBadge status={row.creditStatus} />
      </div>
    </li>
  );
}
