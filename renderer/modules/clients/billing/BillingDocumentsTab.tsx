import { useState } from 'react';
import { BILLING_KIND_LABEL } from '../../../../shared/domain/billing';
import { formatBRL, formatDateBR } from '../../../ui/format';
import { ListFooter } from '../../../ui/ListFooter';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { VirtualRows } from '../../../ui/VirtualRows';
import { BillingDocumentDialog } from './BillingDocumentDialog';
import tableCss from '../../../ui/table.module.css';

/** Faturas and notas de crédito, newest first; Enter or a click opens the document. */
export function BillingDocumentsTab({ clientId }: { clientId: number }) {
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedQuery('clientBilling.documents', (after) => ({ clientId, after, limit: 100 }));
  return (
    <div className="billing-documents">
      <VirtualRows
        label="Documentos de faturamento"
        rows={list.rows}
        columns="140px 160px 110px minmax(160px, 1fr) 150px"
        header={
          <>
            <span role="columnheader">Tipo</span>
            <span role="columnheader">Número</span>
            <span role="columnheader">Data</span>
            <span role="columnheader">Categoria</span>
            <span role="columnheader" className={tableCss.num}>
              Valor líquido
            </span>
          </>
        }
        rowKey={(d) => d.id}
        rowLabel={(d) => `${BILLING_KIND_LABEL[d.kind]} ${d.number}`}
        onOpen={(d) => setOpen(d.id)}
        renderCells={(d) => (
          <>
            <span role="cell">{BILLING_KIND_LABEL[d.kind]}</span>
            <span role="cell" className="mono">
              {d.number}
            </span>
            <span role="cell">{formatDateBR(d.issuedOn)}</span>
            <span role="cell" className={tableCss.ellipsis}>
              {d.category}
            </span>
            <span
              role="cell"
              className={d.kind === 'credit_note' ? `${tableCss.num} ${tableCss.negative}` : tableCss.num}
            >
              {formatBRL(d.kind === 'credit_note' ? -d.netCents : d.netCents)}
            </span>
          </>
        )}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhum documento de faturamento.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="documentos"
        singular="documento"
      />
      {open !== null && <BillingDocumentDialog id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
