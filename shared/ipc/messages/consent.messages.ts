import { formatDateTimeBR } from '../../domain/dates';
import { msg } from './define';

const since = (d: { by: string | null; at: string | null }): string =>
  d.by || d.at
    ? ` (alterado${d.by ? ` por ${d.by}` : ''}${d.at ? ` em ${formatDateTimeBR(d.at)}` : ''} no ERP)`
    : ' (no ERP)';

/** The client's consent for calls and messages (ERP-owned), as the services enforce it. */
export const consentMessages = {
  'consent.messagesBlocked': msg(
    'CONFLICT',
    (d: { by: string | null; at: string | null }) =>
      `Mensagens bloqueadas para este cliente${since(d)}: a Central não envia e-mail aos contatos dele.`,
  ),
  'consent.callsBlocked': msg(
    'CONFLICT',
    (d: { by: string | null; at: string | null }) =>
      `Discagens bloqueadas para este cliente${since(d)}: a Central não agenda chamadas para ele.`,
  ),
};
