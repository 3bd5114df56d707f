import { useState } from 'react';
import type { ClientTicket } from '../../../../shared/ipc/dto/client-tickets';
import { Badge } from '../../../ui/Badge';
import { formatDateTimeBR } from '../../../ui/format';
import tableCss from '../../../ui/table.module.css';
import ticketCss from './TicketRow.module.css';

interface Props {
  ticket: ClientTicket;
  onProgress: (t: ClientTicket, progress: number) => void;
  onClose: (t: ClientTicket) => void;
}

const STEPS = Array.from({ length: 11 }, (_, i) => i * 10);

export function TicketRow({ ticket: t, onProgress, onClose }: Props) {
  const [progress, setProgress] = useState(t.progress);
  const open = t.status === 'open';
  return (
    <tr>
      <td className="mono">{t.reference}</td>
      <td>{t.description}</td>
      <td>
        <div
          className={ticketCss.progress}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={t.progress}
          aria-label={`Resolução de ${t.reference}`}
        >
          <div className={ticketCss.fill} style={{ width: `${t.progress}%` }} />
        </div>
        <span className="muted">{t.progress}%</span>
      </td>
      <td>{open ? <Badge tone="warn">Aberto</Badge> : <Badge tone="ok">Encerrado</Badge>}</td>
      <td>{formatDateTimeBR(t.openedAt)}</td>
      <td className={tableCss.actions}>
        {open && (
          <>
            <select
              aria-label={`Novo progresso de ${t.reference}`}
              value={progress}
              onChange={(e) => setProgress(Number(e.target.value))}
            >
              {(STEPS.includes(t.progress) ? STEPS : [...STEPS, t.progress].sort((a, b) => a - b)).map(
                (s) => (
                  <option key={s} value={s}>
                    {s}%
                  </option>
                ),
              )}
            </select>
            <button type="button" disabled={progress === t.progress} onClick={() => onProgress(t, progress)}>
              Atualizar
            </button>
            <button type="button" onClick={() => onClose(t)}>
              Encerrar
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
