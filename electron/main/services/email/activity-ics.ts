import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface InvitationInput {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  start: Date;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  stamp: Date;
}

/** A compromisso occupies one hour in the invitation: the console stores only its start. */
const DURATION_MS = 60 * 60_000;

/**
 * The iTIP message (RFC 5546) of a compromisso, written by ical-generator (escaping and line
 * folding per RFC 5545). Times go out in UTC ("Z"): unambiguous for every calendar, which then
 * shows them in the reader's zone — São Paulo for the floor — with no VTIMEZONE to get wrong.
 */
export function activityInvitation(i: InvitationInput): string {
  const cal = ical({
    prodId: { company: 'Central de Atendimento', product: 'Atividades', language: 'PT-BR' },
    method: i.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  cal.createEvent({
    id: i.uid,
    sequence: i.sequence,
    stamp: i.stamp,
    start: i.start,
    end: new Date(i.start.getTime() + DURATION_MS),
    summary: i.summary,
    description: i.description,
    status: i.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: i.organizer.name, email: i.organizer.email },
    attendees: i.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: i.method === 'REQUEST' })),
  });
  return cal.toString();
}
