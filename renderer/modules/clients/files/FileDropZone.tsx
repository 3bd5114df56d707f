import { useRef, useState } from 'react';
import { GuardedButton } from '../common/GuardedButton';
import { usePermission } from '../common/usePermission';
import { DROP_ZONE_ATTRIBUTE } from '../../../lib/drop-guard';

/** "Selecionar um arquivo" or drop files here; both only with "Anexar e excluir arquivos". */
export function FileDropZone({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { allowed, reason } = usePermission('clients.files');
  return (
    <div
      className={over ? 'drop-zone drop-over' : 'drop-zone'}
      {...{ [DROP_ZONE_ATTRIBUTE]: '' }}
      title={reason}
      onDragOver={(e) => {
        if (!allowed) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (allowed && !busy) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Arquivos para anexar"
        data-testid="file-input"
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <GuardedButton permission="clients.files" disabled={busy} onClick={() => input.current?.click()}>
        Selecionar um arquivo
      </GuardedButton>
      <span className="muted">{allowed ? 'ou arraste arquivos para cá (PDF, Word, imagens…)' : reason}</span>
    </div>
  );
}
