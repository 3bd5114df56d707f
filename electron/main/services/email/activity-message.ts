import { formatDateTimeBR } from '../../../../shared/domain/dates';
import { type ActivityKind } from '../../../../shared/ipc/dto/client-activities';
import { ACTIVITY_KIND_LABEL } from '../../../../shared/domain/activities';
import type { NotificationEvent } from '../../../../shared/ipc/dto/email';

export interface ActivitySnapshot {
  kind: ActivityKind;
  title: string;
  dueAt: string;
  status: 'open' | 'done';
  ownerName: string;
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

const EVENT_WORD: Record<NotificationEvent, string> = {
  created: 'nova',
  changed: 'alterada',
  deleted: 'excluída',
};

const STATUS_LABEL = { open: 'Em aberto', done: 'Concluída' } as const;

/** What a reader notices changed, in pt-BR, before → after. */
export function activityChanges(before: ActivitySnapshot, after: ActivitySnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.title !== after.title)
    changes.push({ label: 'Título', before: before.title, after: after.title });
  if (before.dueAt !== after.dueAt) {
    changes.push({
      label: 'Data e hora',
      before: formatDateTimeBR(before.dueAt),
      after: formatDateTimeBR(after.dueAt),
    });
  }
  if (before.status !== after.status) {
    changes.push({ label: 'Status', before: STATUS_LABEL[before.status], after: STATUS_LABEL[after.status] });
  }
  return changes;
}

/** Subject and plain-text body of one event, dates in São Paulo time. */
export function activityMessage(
  event: NotificationEvent,
  a: ActivitySnapshot,
  clientName: string,
  actorName: string,
  changes: FieldChange[] = [],
): { subject: string; text: string } {
  const kind = ACTIVITY_KIND_LABEL[a.kind];
  const subject = `[Central de Atendimento] ${kind} ${EVENT_WORD[event]}: ${a.title} — ${clientName}`;
  const lead = {
    created: `${actorName} adicionou uma atividade para o cliente ${clientName}.`,
    changed: `${actorName} alterou uma atividade do cliente ${clientName}.`,
    deleted: `${actorName} excluiu uma atividade do cliente ${clientName}.`,
  }[event];
  const lines = [
    lead,
    '',
    `Cliente: ${clientName}`,
    `Tipo: ${kind}`,
    `Título: ${a.title}`,
    `Data e hora: ${formatDateTimeBR(a.dueAt)} (horário de Brasília)`,
    `Responsável: ${a.ownerName}`,
  ];
  if (changes.length > 0) {
    lines.push('', 'O que mudou:');
    for (const c of changes) lines.push(`- ${c.label}: ${c.before} → ${c.after}`);
  }
  lines.push('', 'Mensagem automática da Central de Atendimento; não responda.');
  return { subject, text: lines.join('\n') };
}
