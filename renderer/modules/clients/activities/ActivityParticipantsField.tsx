import type { ParticipantCandidate } from '../../../../shared/ipc/dto/email';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { useClientConsent } from '../useClientConsent';
import participantsCss from './ActivityParticipantsField.module.css';

export interface ParticipantChoice {
  participants: { kind: 'user' | 'contact'; id: number }[];
  notify: boolean;
}

interface Props {
  clientId: number;
  value: ParticipantChoice;
  onChange: (v: ParticipantChoice) => void;
}

const keyOf = (p: { kind: string; id: number }) => `${p.kind}:${p.id}`;

/**
 * Who gets the e-mail besides the responsible user: console users and the client's contacts
 * that have an address. "Notificar participantes" turns on with the first one chosen (with
 * nobody chosen, the responsible user who is saving it needs no e-mail about it).
 */
export function ActivityParticipantsField({ clientId, value, onChange }: Props) {
  const q = useChannelQuery('activityNotifications.candidates', { clientId });
  const candidates = q.data ?? null;
  const error = errorMessage(q.error);
  const { messages } = useClientConsent(clientId);

  const chosen = new Set(value.participants.map(keyOf));
  const toggle = (c: ParticipantCandidate) => {
    const participants = chosen.has(keyOf(c))
      ? value.participants.filter((p) => keyOf(p) !== keyOf(c))
      : [...value.participants, { kind: c.kind, id: c.id }];
    // On with the first participant, off again when none is left; in between the agent decides.
    const wasEmpty = value.participants.length === 0;
    const notify = participants.length === 0 ? false : wasEmpty ? true : value.notify;
    onChange({ participants, notify });
  };
  const groups = [
    { kind: 'contact' as const, label: 'Contatos do cliente' },
    { kind: 'user' as const, label: 'Usuários da Central' },
  ];

  return (
    <fieldset className={participantsCss.participants}>
      <legend>Participantes</legend>
      {error && <p className="muted">{error}</p>}
      {candidates === null && !error && <p className="muted">Carregando…</p>}
      {candidates?.length === 0 && <p className="muted">Nenhum contato ou usuário com e-mail.</p>}
      {groups.map((g) => {
        const list = candidates?.filter((c) => c.kind === g.kind) ?? [];
        if (list.length === 0) return null;
        // "Mensagens bloqueadas" (ERP): the client's contacts cannot be chosen, and the reason says why.
        const blocked = g.kind === 'contact' && messages.blocked;
        const reasonId = `participants-${g.kind}-blocked`;
        return (
          <div
            key={g.kind}
            role="group"
            aria-label={g.label}
            aria-describedby={blocked ? reasonId : undefined}
          >
            <strong>{g.label}</strong>
            {blocked && (
              <p className="muted" id={reasonId} data-testid="participants-messages-blocked">
                {messages.reason}
              </p>
            )}
            {list.map((c) => (
              <label key={keyOf(c)} className="checkbox">
                <input
                  type="checkbox"
                  checked={!blocked && chosen.has(keyOf(c))}
                  disabled={blocked}
                  onChange={() => toggle(c)}
                />
                {c.name} <span className="muted">&lt;{c.email}&gt;</span>
              </label>
            ))}
          </div>
        );
      })}
      <label className="checkbox">
        <input
          type="checkbox"
          role="switch"
          aria-checked={value.notify}
          checked={value.notify}
          onChange={(e) => onChange({ ...value, notify: e.target.checked })}
        />
        Notificar participantes por e-mail
      </label>
    </fieldset>
  );
}
