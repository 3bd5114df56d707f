import { countBR } from '../format';
import type { ExportView } from './useHistoryExport';
import styles from './HistoryTab.module.css';

/** The bar while the workbook is written, with Cancelar; then what happened to the file. */
export function ExportProgress({ view, onCancel }: { view: ExportView; onCancel: () => void }) {
  const busy = view.phase === 'running' || view.phase === 'starting' || view.phase === 'downloading';
  const percent = view.total ? Math.min(100, Math.round((view.written / view.total) * 100)) : 0;
  return (
    <div className={styles.export} aria-live="polite">
      {busy && (
        <>
          <div
            className={styles.progress}
            role="progressbar"
            aria-label="Progresso da exportação"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className={styles.fill} style={{ width: `${percent}%` }} />
          </div>
          <p className="muted" data-testid="export-progress">
            {view.phase === 'starting' && 'Preparando a exportação…'}
            {view.phase === 'running' &&
              `${countBR.format(view.written)} de ${countBR.format(view.total)} requisições gravadas (${percent}%)`}
            {view.phase === 'downloading' && 'Transferindo o arquivo…'}
          </p>
          {view.phase === 'running' && (
            <button type="button" onClick={onCancel}>
              Cancelar
            </button>
          )}
        </>
      )}
      {view.message && (
        <p
          className={view.phase === 'failed' ? 'error-note' : styles.notice}
          role={view.phase === 'failed' ? 'alert' : 'status'}
          data-testid="export-message"
        >
          {view.message}
        </p>
      )}
    </div>
  );
}
