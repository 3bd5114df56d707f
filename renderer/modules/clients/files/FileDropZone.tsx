import { useRef, useState } from 'react';
import { GuardedButton } from '../../../ui/GuardedButton';
import { usePermission } from '../../../ui/usePermission';
import { DROP_ZONE_ATTRIBUTE } from '../../../lib/drop-guard';
import styles from './FileDropZone.module.css';

/** "Selecionar um arquivo" or drop files here; both only with "Anexar e excluir arquivos". */
interface Props {
  busy: boolean;
  /** Why no file may be added right now (Detalhes being edited), or null. */
  blocked: string | null;
  onFiles: (files: File[]) => void;
}

export function FileDropZone({ busy, blocked, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const permission = usePermission('clients.files');
  const allowed = permission.allowed && blocked === null;
  const reason = permission.reason ?? blocked ?? undefined;
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
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
      <GuardedButton
        permission="clients.files"
        disabled={busy || blocked !== null}
        title={blocked ?? undefined}
        onClick={() => input.current?.click()}
      >
        Selecionar um arquivo
      </GuardedButton>
      <span className={blocked ? 'muted files-blocked' : 'muted'} role={blocked ? 'status' : undefined}>
        {allowed ? 'ou arraste arquivos para cá (PDF, Word, imagens…)' : reason}
      </span>
    </div>
  );
}
