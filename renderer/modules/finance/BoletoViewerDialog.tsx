import { useEffect, useRef, useState } from 'react';
import type { OpenBoleto } from '../../../shared/ipc/dto/finance';
import { call } from '../../lib/api';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL, formatDateBR } from '../../ui/format';
import { base64ToBytes, CorruptPdfError, downloadPdf, renderPdf } from './pdf-render';

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
  const [file, setFile] = useState<{ bytes: Uint8Array; fileName: string } | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let alive = true;
    const container = pagesRef.current;
    void (async () => {
      const r = await call('finance.boletos.pdf', { clientId, boletoId: boleto.id });
      if (!alive) return;
      if (!r.ok) return setState({ kind: 'failed', message: r.error.message });
      const bytes = base64ToBytes(r.value.base64);
      setFile({ bytes, fileName: r.value.fileName });
      if (!container) return;
      try {
        const pages = await renderPdf(bytes, container, 640);
        if (alive) setState({ kind: 'shown', pages });
      } catch (e) {
        if (alive) setState({ kind: 'failed', message: e instanceof CorruptPdfError ? CORRUPT : String(e) });
      }
    })();
    return () => {
      alive = false;
      container?.replaceChildren();
    };
  }, [clientId, boleto.id]);

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
      <div ref={pagesRef} className="boleto-pages" data-testid="boleto-pages" />
    </Dialog>
  );
}
