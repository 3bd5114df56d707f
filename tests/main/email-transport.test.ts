import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSmtpConfig, saveSmtpConfig } from '../../electron/main/db/repos/email-settings.repo';
import { deliverDueNotifications } from '../../electron/main/services/email/notification-sender';
import { generateSimulatorCertificate, type SimulatorCertificate } from '../../tools/simulators/bureau/cert';
import { showcaseClientId, value } from './client-test-helpers';
import { startSmtpTestServer, type SmtpTestServer } from './support/smtp-test-server';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore;
let admin: string;
let cert: SimulatorCertificate;
let implicitTls: SmtpTestServer;
let plain: SmtpTestServer;

beforeAll(async () => {
  cert = await generateSimulatorCertificate();
  implicitTls = await startSmtpTestServer({
    tls: { keyPem: cert.keyPem, certPem: cert.certPem, implicit: true },
  });
  plain = await startSmtpTestServer();
  t = await createTestCore({ clients: 50 });
  admin = await t.loginAs('admin');
}, 30_000);
afterAll(async () => {
  t.close();
  await implicitTls.close();
  await plain.close();
});

const settings = (over: Record<string, unknown>) => ({
  host: '127.0.0.1',
  port: implicitTls.port,
  security: 'tls' as const,
  user: '',
  fromName: 'Central',
  fromAddress: 'central@exemplo.com.br',
  to: 'ana.souza@exemplo.com.br',
  ...over,
});

describe('TLS from the first byte (port 465 style)', () => {
  it('delivers with the imported CA and says so when the port speaks no TLS', async () => {
    value(await t.call(admin, 'email.settings.test', settings({ caPem: cert.certPem })));
    await implicitTls.waitFor(1);
    const wrongPort = await t.call(admin, 'email.settings.test', settings({ port: plain.port }));
    expect(!wrongPort.ok && wrongPort.error.message).toMatch(/não fala TLS nesta porta/);
  });

  it('still refuses an untrusted certificate when NODE_TLS_REJECT_UNAUTHORIZED=0 is set for the process', async () => {
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      const r = await t.call(admin, 'email.settings.test', settings({ caPem: null }));
      expect(!r.ok && r.error.message).toMatch(/não é confiável/);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
    }
  });

  it('"nenhuma" works for a relay on this computer', async () => {
    value(await t.call(admin, 'email.settings.test', settings({ port: plain.port, security: 'none' })));
    await plain.waitFor(1);
  });
});

describe('a saved password this computer cannot read', () => {
  it('fails the pending rows with the reason instead of retrying forever', async () => {
    const { to: _to, ...saved } = settings({
      port: plain.port,
      security: 'none',
      user: 'central',
      password: 'segredo',
    });
    void _to;
    value(await t.call(admin, 'email.settings.save', saved));
    saveSmtpConfig(t.core.db, { ...getSmtpConfig(t.core.db), passwordCipher: 'kf1:corrompido' });
    const a = value(
      await t.call(admin, 'clientActivities.create', {
        clientId: showcaseClientId(t),
        kind: 'task',
        title: 'Senha ilegível',
        dueAt: '2026-12-10T12:00:00.000Z',
      }),
    );
    expect(await deliverDueNotifications(t.core, { runId: null })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const [row] = value(await t.call(admin, 'activityNotifications.forActivity', { activityId: a.id }));
    expect(row).toMatchObject({ state: 'failed' });
    expect(row!.lastError).toBeTruthy();
  });
});
