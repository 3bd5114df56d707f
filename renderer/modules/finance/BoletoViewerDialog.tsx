import { useEffect, useMemo, useRef, useState } from 'react';
import type { OpenBoleto } from '../../../shared/ipc/dto/finance';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL, formatDateBR } from '../../ui/format';
import { base64ToBytes } from '../../ui/save-file';
import { CorruptPdfError, downloadPdf, renderPdf } from './pdf-render';
import styles from './BoletoViewerDialog.module.css';

const CORRUPT =
  'O PDF deste boleto está corrompido e não pode ser exibido. Você ainda pode baixá-lo, ' +
  'mas peça ao financeiro que emita o boleto novamente no ERP.';

type State = { kind: 'loading' } | { kind: 'shown'; pages: number } | { kind: 'failed'; message: string };

/** Emitir: the boleto PDF from the ERP, shown in the app, with Baixar and Imprimir. */
export function BoletoViewerDialog({
  clientId,
  boleto,
  onClose,
}: {
  clientId: number;
  boleto: OpenBoleto;
  onClose: () => void;
}) {
  const pagesRef = useRef<HTMLDivElement>(null);
  // The PDF is a large answer that an issued boleto never changes: kept while the dialog may be
  // reopened, dropped soon after.
  const pdf = useChannelQuery(
    'finance.boletos.pdf',
    { clientId, boletoId: boleto.id },
    { staleTime: Infinity, gcTime: 60_000 },
  );
  const file = useMemo(
    () => (pdf.data ? { bytes: base64ToBytes(pdf.data.base64), fileName: pdf.data.fileName } : null),
    [pdf.data],
  );
  const [render, setRender] = useState<State>({ kind: 'loading' });
  const state: State = pdf.error ? { kind: 'failed', message: errorMessage(pdf.error) ?? '' } : render;

  // Drawing the pages is the only effect left: the bytes come from the cache.
  useEffect(() => {
    const container = pagesRef.current;
    if (!file || !container) return;
    let alive = true;
    void renderPdf(file.bytes, container, 640).then(
      (pages) => alive && setRender({ kind: 'shown', pages }),
      (e: unknown) =>
        alive && setRender({ kind: 'failed', message: e instanceof CorruptPdfError ? CORRUPT : String(e) }),
    );
    return () => {
      alive = false;
      container.replaceChildren();
    };
  }, [file]);

  return (
    <Dialog
      title={`Boleto ${boleto.id}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button
            type="button"
            disabled={!file}
            onClick={() => file && downloadPdf(file.bytes, file.fileName)}
          >
            Baixar
          </button>
          <button
            type="button"
            className="primary"
            disabled={state.kind !== 'shown'}
            onClick={() => window.print()}
          >
            Imprimir
          </button>
        </>
      }
    >
      <p className="muted">
        Vencimento {formatDateBR(boleto.dueDate)} · {formatBRL(boleto.amountCents)} · {boleto.environment}
      </p>
      {state.kind === 'loading' && <p className="loading">Carregando o boleto do ERP…</p>}
      {state.kind === 'failed' && <ErrorNote message={state.message} />}
      <div ref={pagesRef} className={styles.pages} data-testid="boleto-pages" />
    </Dialog>
  );
}
