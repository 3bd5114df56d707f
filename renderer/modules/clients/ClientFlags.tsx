import type { ClientHeaderSummary } from '../../../shared/ipc/dto/client-header';
import { formatDateBR, formatDateTimeBR } from '../../ui/format';
import styles from './ClientHeader.module.css';

type Tone = 'ok' | 'bad' | 'neutral';

interface Flag {
  id: string;
  label: string;
  detail: string | null;
  tone: Tone;
}

const dateOf = (iso: string | null): string | null => (iso ? formatDateBR(iso.slice(0, 10)) : null);

function consentDetail(c: ClientHeaderSummary['consent']): string | null {
  if (!c.changedBy && !c.changedAt) return null;
  return `ERP${c.changedBy ? `: ${c.changedBy}` : ''}${c.changedAt ? `, ${formatDateTimeBR(c.changedAt)}` : ''}`;
}

function flagsOf(s: ClientHeaderSummary): Flag[] {
  const restriction = s.restrictionSources.find((r) => r.restricted) ?? s.restrictionSources[0];
  const consent = consentDetail(s.consent);
  return [
    { id: 'group', label: s.group ?? 'Sem grupo', detail: s.group ? 'Grupo' : null, tone: 'neutral' },
    {
      id: 'restriction',
      label: s.restricted ? 'Com restrição' : 'Sem restrição',
      detail: restriction
        ? `${restriction.detail}${restriction.at ? ` (${dateOf(restriction.at)})` : ''}`
        : null,
      tone: s.restricted ? 'bad' : 'ok',
    },
    {
      id: 'calls',
      label: s.consent.callsAllowed ? 'Discagens liberadas' : 'Discagens bloqueadas',
      detail: consent,
      tone: s.consent.callsAllowed ? 'ok' : 'bad',
    },
    {
      id: 'messages',
      label: s.consent.messagesAllowed ? 'Mensagens liberadas' : 'Mensagens bloqueadas',
      detail: consent,
      tone: s.consent.messagesAllowed ? 'ok' : 'bad',
    },
  ];
}

/**
 * What the agent must know before dialing or writing (seed 000): group, restriction, consent.
 * The detail under each flag says where it comes from and since when, readable without a mouse.
 */
export function ClientFlags({ summary }: { summary: ClientHeaderSummary }) {
  return (
    <ul className={styles.flags} aria-label="Antes de ligar ou escrever">
      {flagsOf(summary).map((f) => (
        <li key={f.id} className={`${styles.flag} ${styles[f.tone]}`} data-testid={`header-flag-${f.id}`}>
          <span className={styles.flagLabel}>{f.label}</span>
          {f.detail && (
            <span className={styles.flagDetail} title={f.detail}>
              {f.detail}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
