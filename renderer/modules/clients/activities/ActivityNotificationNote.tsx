import type { ActivityNotificationStatus } from '../../../../shared/ipc/dto/email';
import tableCss from '../../../ui/table.module.css';
import noteCss from './ActivityNotificationNote.module.css';

/** "notificação não enviada: …" under the title while the e-mail has not gone out. */
export function ActivityNotificationNote({ n }: { n: ActivityNotificationStatus | null | undefined }) {
  if (!n || n.state === 'sent') return null;
  const text =
    n.state === 'pending' || n.state === 'sending'
      ? n.lastError
        ? `notificação aguardando nova tentativa: ${n.lastError}`
        : null
      : n.state === 'uncertain'
        ? `notificação talvez não enviada: ${n.lastError ?? ''}`
        : `notificação não enviada: ${n.lastError ?? ''}`;
  if (!text) return null;
  return (
    <small className={`${noteCss.note} ${tableCss.ellipsis}`} role="status" title={text}>
      {text}
    </small>
  );
}
