import fs from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_NOTIFICATIONS_JOB } from '../../electron/main/jobs/activity-notifications.job';
import type { ClientActivity } from '../../shared/ipc/dto/client-activities';
import { getNotification } from '../../electron/main/db/repos/activity-notifications.repo';
import { recoverInterruptedSends } from '../../electron/main/db/repos/activity-notifications.repo';
import {
  deliverDueNotifications,
  retryDelayMs,
} from '../../electron/main/services/email/notification-sender';
import { generateSimulatorCertificate, type SimulatorCertificate } from '../../tools/simulators/bureau/cert';
import { showcaseClientId, value } from './client-test-helpers';
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from './support/smtp-test-server';
import { createTestCore, type TestCore } from './support/test-core';

const SMTP_USER = 'central@exemplo.com.br';
const SMTP_PASSWORD = 'Senha-SMTP-Canário-9x!';
let clock = Date.parse('2026-12-01T15:00:00.000Z');
let t: TestCore;
let admin: string;
let agent: string;
let cert: SimulatorCertificate;
let smtp: SmtpTestServer;
let clientId: number;
let contact: { id: number; email: string; name: string };

const logged: string[] = [];
const returned: string[] = [];
const fastTimeouts = { connectionMs: 3_000, socketMs: 3_000 };
const deliver = () => deliverDueNotifications(t.core, { runId: null, timeouts: fastTimeouts });

function settings(over: Record<string, unknown> = {}) {
  return {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'starttls' as const,
    user: SMTP_USER,
    password: SMTP_PASSWORD,
    fromName: 'Central de Atendimento',
    fromAddress: 'central@exemplo.com.br',
    caPem: cert.certPem,
    ...over,
  };
}

function invitation(mail: ReceivedMail): { method: string; uid: string; sequence: number; start: Date } {
  const part = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error('mensagem sem convite text/calendar');
  const root = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as unknown[]);
  const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
  return {
    method: String(root.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
  };
}

async function newAppointment(dueAt: string, title = 'Reunião de renegociação'): Promise<ClientActivity> {
  return value(
    await t.call(agent, 'clientActivities.create', {
      clientId,
      kind: 'appointment',
      title,
      dueAt,
      participants: [{ kind: 'contact', id: contact.id }],
    }),
  );
}

beforeAll(async () => {
  process.env.CENTRAL_QUIET = '0';
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
  }
  cert = await generateSimulatorCertificate();
  smtp = await startSmtpTestServer({
    tls: { keyPem: cert.keyPem, certPem: cert.certPem },
    auth: { user: SMTP_USER, password: SMTP_PASSWORD },
  });
  t = await createTestCore({ now: () => new Date(clock), clients: 50 });
  // Every channel result of the file is kept for the password canary at the end.
  const plain = t.call;
  t.call = (async (...args: Parameters<typeof plain>) => {
    const r = await plain(...args);
    returned.push(JSON.stringify(r));
    return r;
  }) as typeof plain;
  admin = await t.loginAs('admin');
  agent = await t.loginAs('ana');
  clientId = showcaseClientId(t);
  const contacts = value(await t.call(agent, 'clientContacts.list', { clientId }));
  const withEmail = contacts.find((c) => c.email);
  contact = { id: withEmail!.id, email: withEmail!.email!, name: withEmail!.name };
  value(await t.call(admin, 'email.settings.save', settings()));
}, 30_000);
afterAll(async () => {
  vi.restoreAllMocks();
  process.env.CENTRAL_QUIET = '1';
  t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.fault = 'none';
  smtp.received.length = 0;
});

describe('Configurações → E-mail: Enviar e-mail de teste', () => {
  const test = (over: Record<string, unknown> = {}) =>
    t.call(admin, 'email.settings.test', { ...settings(over), to: 'ana.souza@exemplo.com.br' });

  it('delivers through STARTTLS when the imported CA vouches for the server', async () => {
    const r = value(await test());
    expect(r.message).toBe('E-mail de teste enviado para ana.souza@exemplo.com.br.');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.parsed.subject).toBe('Central de Atendimento: e-mail de teste');
  });

  it('says in pt-BR why it failed, with the server’s own answer', async () => {
    const untrusted = await test({ caPem: null });
    expect(untrusted.ok).toBe(false);
    if (!untrusted.ok) {
      expect(untrusted.error.message).toMatch(/certificado do servidor 127\.0\.0\.1:\d+ não é confiável/);
      expect(untrusted.error.message).toMatch(/Importe o certificado da autoridade \(CA\)/);
    }
    const wrongPassword = await test({ password: 'senha-errada' });
    expect(!wrongPassword.ok && wrongPassword.error.message).toBe(
      'O servidor recusou o usuário ou a senha. Resposta do servidor: «535 5.7.8 Authentication credentials invalid»',
    );
    const unreachable = await test({ port: 1 });
    expect(!unreachable.ok && unreachable.error.message).toBe(
      'Não foi possível conectar a 127.0.0.1:1: conexão recusada.',
    );
    smtp.fault = 'relay';
    const relay = await test();
    expect(!relay.ok && relay.error.message).toMatch(
      /recusou o remetente ou o destinatário.*«550 5\.7\.1 Relaying denied»/,
    );
    expect(smtp.received).toHaveLength(0);
  });

  it('allows no encryption only for a server on this computer', async () => {
    const r = await t.call(
      admin,
      'email.settings.save',
      settings({ host: 'smtp.exemplo.com.br', security: 'none' }),
    );
    expect(!r.ok && r.error.message).toMatch(
      /Sem criptografia só é permitido para um servidor neste computador/,
    );
  });

  it('is refused to a user without the permission', async () => {
    const r = await t.call(agent, 'email.settings.get', {});
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});

describe('activity notifications', () => {
  it('a new compromisso sends one invitation to the responsible user and the chosen contact', async () => {
    const dueAt = '2026-12-03T13:30:00.000Z';
    const a = await newAppointment(dueAt);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo.sort()).toEqual(['ana.souza@exemplo.com.br', contact.email].sort());
    expect(mail!.parsed.subject).toBe(
      '[Central de Atendimento] Compromisso nova: Reunião de renegociação — ' +
        mail!.parsed.subject!.split(' — ')[1],
    );
    const text = mail!.parsed.text ?? '';
    expect(text).toContain('Tipo: Compromisso');
    expect(text).toContain('Título: Reunião de renegociação');
    // 13:30 UTC is 10:30 in São Paulo.
    expect(text).toContain('Data e hora: 03/12/2026 10:30 (horário de Brasília)');
    const ics = invitation(mail!);
    expect(ics).toMatchObject({ method: 'REQUEST', sequence: 0 });
    expect(ics.start.toISOString()).toBe(dueAt);
    const [status] = value(await t.call(agent, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(status).toMatchObject({ event: 'created', state: 'sent', attempts: 1 });
    const row = getNotification(t.core.db, status!.id)!;
    expect(mail!.parsed.messageId).toBe(`<${row.event_id}@central-de-atendimento>`);
  });

  it('a change sends what changed, same UID and a higher SEQUENCE; deleting sends a cancellation', async () => {
    const a = await newAppointment('2026-12-04T12:00:00.000Z', 'Visita técnica');
    await deliver();
    const [created] = await smtp.waitFor(1);
    const uid = invitation(created!).uid;

    value(
      await t.call(agent, 'clientActivities.reschedule', { id: a.id, dueAt: '2026-12-04T17:00:00.000Z' }),
    );
    await deliver();
    const [, changed] = await smtp.waitFor(2);
    expect(changed!.parsed.subject).toContain('Compromisso alterada: Visita técnica');
    expect(changed!.parsed.text).toContain('- Data e hora: 04/12/2026 09:00 → 04/12/2026 14:00');
    expect(invitation(changed!)).toMatchObject({ method: 'REQUEST', uid, sequence: 1 });

    value(await t.call(agent, 'clientActivities.remove', { id: a.id }));
    await deliver();
    const [, , cancelled] = await smtp.waitFor(3);
    expect(cancelled!.parsed.subject).toContain('Compromisso excluída: Visita técnica');
    expect(invitation(cancelled!)).toMatchObject({ method: 'CANCEL', uid, sequence: 2 });
    expect(smtp.received).toHaveLength(3);
  });

  it('a tarefa gets a message without an invitation; "Notificar participantes" off sends nothing', async () => {
    value(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'task',
        title: 'Enviar proposta',
        dueAt: '2026-12-05T12:00:00.000Z',
      }),
    );
    value(
      await t.call(agent, 'clientActivities.create', {
        clientId,
        kind: 'appointment',
        title: 'Sem aviso',
        dueAt: '2026-12-05T12:00:00.000Z',
        participants: [{ kind: 'contact', id: contact.id }],
        notify: false,
      }),
    );
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['ana.souza@exemplo.com.br']);
    expect(mail!.parsed.attachments.filter((p) => p.contentType === 'text/calendar')).toHaveLength(0);
  });

  it('a 4xx or a dropped connection is retried with backoff; a 5xx fails visibly until Reenviar', async () => {
    const a = await newAppointment('2026-12-06T12:00:00.000Z', 'Tentativas');
    smtp.fault = 'temporary';
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    // Not due yet: nothing is attempted before the backoff has passed.
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock += retryDelayMs(1);
    smtp.fault = 'drop-mid-data';
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    clock += retryDelayMs(2);
    smtp.fault = 'permanent';
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [failed] = value(await t.call(agent, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(failed).toMatchObject({ state: 'failed', attempts: 3 });
    expect(failed!.lastError).toBe(
      'O servidor recusou a mensagem. Resposta do servidor: «554 5.6.0 Message content rejected»',
    );
    const list = value(await t.call(agent, 'clientActivities.list', { clientId, filter: 'all', limit: 100 }));
    expect(list.rows.find((r) => r.id === a.id)?.notification?.state).toBe('failed');

    smtp.fault = 'none';
    value(await t.call(agent, 'activityNotifications.resend', { id: failed!.id }));
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const again = await t.call(agent, 'activityNotifications.resend', { id: failed!.id });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('saving never waits for the mail server', async () => {
    value(await t.call(admin, 'email.settings.save', settings({ port: 1 })));
    const started = Date.now();
    const a = await newAppointment('2026-12-07T12:00:00.000Z', 'Servidor fora do ar');
    expect(Date.now() - started).toBeLessThan(1_000);
    const [pending] = value(await t.call(agent, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(pending!.state).toBe('pending');
    await deliver();
    value(await t.call(admin, 'email.settings.save', settings()));
    clock += retryDelayMs(1);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });
});

describe('a crash between the server’s 250 and our "sent"', () => {
  class Crash extends Error {}

  /**
   * SMTP has no command to ask a server whether it already holds a message, so after such a
   * crash the console cannot know. It resends ONCE with the same Message-ID (at-least-once,
   * at most one duplicate, which mail and calendar clients recognise by Message-ID / UID+SEQUENCE);
   * a row interrupted a second time is marked "uncertain" and left to a person.
   */
  it('resends once with the same Message-ID, then stops at "uncertain"', async () => {
    const a = await newAppointment('2026-12-08T12:00:00.000Z', 'Queda no envio');
    const crash = () => {
      throw new Crash('processo encerrado');
    };
    await expect(
      deliverDueNotifications(t.core, { runId: null, timeouts: fastTimeouts, onAccepted: crash }),
    ).rejects.toBeInstanceOf(Crash);
    await smtp.waitFor(1);
    const [row] = value(await t.call(agent, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(row!.state).toBe('sending');

    expect(recoverInterruptedSends(t.core.db, new Date(clock).toISOString())).toEqual({
      resent: 1,
      uncertain: 0,
    });
    await expect(
      deliverDueNotifications(t.core, { runId: null, timeouts: fastTimeouts, onAccepted: crash }),
    ).rejects.toBeInstanceOf(Crash);
    await smtp.waitFor(2);
    expect(smtp.received[1]!.parsed.messageId).toBe(smtp.received[0]!.parsed.messageId);
    expect(invitation(smtp.received[1]!)).toEqual(invitation(smtp.received[0]!));

    expect(recoverInterruptedSends(t.core.db, new Date(clock).toISOString())).toEqual({
      resent: 0,
      uncertain: 1,
    });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    const [uncertain] = value(await t.call(agent, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(uncertain!.state).toBe('uncertain');
    expect(uncertain!.lastError).toMatch(/confira com os destinatários antes de reenviar/);
  });
});

describe('the sending job and the run log', () => {
  it('runs on the scheduler and lists its run, with each notification, under Integração', async () => {
    await newAppointment('2026-12-09T12:00:00.000Z', 'Pelo agendador');
    const run = t.core.scheduler.runNow(ACTIVITY_NOTIFICATIONS_JOB);
    const record = await run.done;
    expect(record).toMatchObject({ status: 'success', outcome: '1 notificação(ões) enviada(s).' });
    await smtp.waitFor(1);
    const runs = value(await t.call(admin, 'integration.runs.list', { limit: 20 }));
    expect(runs.runs.find((r) => r.id === run.runId)).toMatchObject({ job: 'email', requests: 1 });
    const file = value(await t.call(admin, 'integration.runs.log', { runId: run.runId }));
    expect(JSON.stringify(file)).toContain('Pelo agendador');
  });
});

describe('the SMTP password never leaves the secret store in clear', () => {
  it('is absent from the database file and its WAL, every log line, every channel result and every message', () => {
    expect(returned.length).toBeGreaterThan(20);
    expect(logged.length).toBeGreaterThan(0);
    for (const payload of returned) expect(payload).not.toContain(SMTP_PASSWORD);
    for (const line of logged) expect(line).not.toContain(SMTP_PASSWORD);
    for (const m of smtp.received) expect(m.raw).not.toContain(SMTP_PASSWORD);
    const files = [t.core.databasePath, `${t.core.databasePath}-wal`].filter((p) => fs.existsSync(p));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      expect(bytes.includes(Buffer.from(SMTP_PASSWORD, 'utf8')), file).toBe(false);
      expect(bytes.includes(Buffer.from(SMTP_PASSWORD, 'utf16le')), file).toBe(false);
    }
    const saved = t.core.db.prepare("SELECT value FROM app_settings WHERE key = 'email.smtp'").get() as {
      value: string;
    };
    expect(JSON.parse(saved.value).passwordCipher).toMatch(/^kf1:/);
  });
});
