import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { generateSimulatorCertificate, type SimulatorCertificate } from '../../tools/simulators/bureau/cert';
import {
  startSmtpTestServer,
  type ReceivedMail,
  type SmtpTestServer,
} from '../main/support/smtp-test-server';
import { DEMO_ADMIN, loginAs } from './support/login';
import { startShell, type RunningShell } from './support/web-shell';

/** Configurações → E-mail pointed at a real SMTP server on 127.0.0.1 (STARTTLS, its CA imported, AUTH). */
const SMTP_USER = 'central@exemplo.com.br';
const SMTP_PASSWORD = 'senha-do-relay-e2e';
let shell: RunningShell;
let smtp: SmtpTestServer;
let cert: SimulatorCertificate;

test.beforeAll(async () => {
  cert = await generateSimulatorCertificate();
  smtp = await startSmtpTestServer({
    tls: { keyPem: cert.keyPem, certPem: cert.certPem },
    auth: { user: SMTP_USER, password: SMTP_PASSWORD },
  });
  shell = await startShell({ CENTRAL_DEMO_CLIENTS: '300' });
});
test.afterAll(async () => {
  await shell.stop();
  await smtp.close();
});

function invitation(mail: ReceivedMail) {
  const part = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error('mensagem sem convite');
  const root = new ICAL.Component(ICAL.parse(part.content.toString('utf8')) as unknown[]);
  const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
  return { method: String(root.getFirstPropertyValue('method')), uid: event.uid, sequence: event.sequence };
}

async function configureSmtp(page: Page) {
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'E-mail', exact: true }).click();
  const form = page.getByRole('form', { name: 'E-mail' });
  await form.getByLabel('Servidor SMTP', { exact: true }).fill('127.0.0.1');
  await form.getByLabel('Porta', { exact: true }).fill(String(smtp.port));
  await form.getByLabel('Usuário', { exact: true }).fill(SMTP_USER);
  await form.getByLabel('Senha', { exact: true }).fill(SMTP_PASSWORD);
  await form.getByLabel('Endereço do remetente', { exact: true }).fill('central@exemplo.com.br');
  await form.getByLabel('Enviar para', { exact: true }).fill('supervisao@exemplo.com.br');
  await form.getByRole('button', { name: 'Enviar e-mail de teste' }).click();
  await expect(form.getByRole('alert')).toContainText('não é confiável');
  await form.getByLabel('Importar CA (PEM)', { exact: true }).setInputFiles({
    name: 'relay-ca.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(cert.certPem),
  });
  await form.getByRole('button', { name: 'Enviar e-mail de teste' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'E-mail de teste enviado para supervisao@exemplo.com.br.',
  );
  await form.getByRole('button', { name: 'Salvar' }).click();
  await expect(form.getByRole('status')).toHaveText('Configurações salvas.');
  await smtp.waitFor(1);
  smtp.received.length = 0;
}

test('a compromisso with a contact: one invitation, one update with the same UID, one cancellation', async ({
  page,
}) => {
  await loginAs(page, shell.url, DEMO_ADMIN);
  await configureSmtp(page);

  await page.keyboard.press('F9');
  await page.getByRole('combobox', { name: 'Buscar cliente' }).pressSequentially('maximino santin');
  await expect(page.getByTestId('search-row').first()).toContainText('Maximino Santin');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Adicionar atividade' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tipo').selectOption('appointment');
  await dialog.getByLabel('Título').fill('Visita de renegociação');
  await dialog.getByLabel('Data').fill('15/12/2026');
  await dialog.getByLabel('Hora').fill('10:00');
  const notify = dialog.getByRole('switch', { name: 'Notificar participantes por e-mail' });
  await dialog.getByRole('checkbox', { name: /José Maximino/ }).check();
  await expect(notify).toBeChecked();
  await dialog.getByRole('button', { name: 'Adicionar' }).click();
  await expect(dialog).toHaveCount(0);

  const [created] = await smtp.waitFor(1, 30_000);
  expect(created!.envelopeTo.sort()).toEqual(
    ['administrador@exemplo.com.br', 'jose.maximino@maximinosantin.com.br'].sort(),
  );
  expect(created!.parsed.text).toContain('Data e hora: 15/12/2026 10:00 (horário de Brasília)');
  const first = invitation(created!);
  expect(first).toMatchObject({ method: 'REQUEST', sequence: 0 });

  const row = page.getByRole('row').filter({ hasText: 'Visita de renegociação' });
  // Secondary actions sit behind the row's menu.
  await row.getByRole('button', { name: 'Mais ações: Visita de renegociação' }).click();
  await page.getByRole('menuitem', { name: 'Reagendar' }).click();
  await dialog.getByLabel('Hora').fill('15:30');
  await dialog.getByRole('button', { name: 'Reagendar' }).click();
  const [, changed] = await smtp.waitFor(2, 30_000);
  expect(changed!.parsed.text).toContain('- Data e hora: 15/12/2026 10:00 → 15/12/2026 15:30');
  expect(invitation(changed!)).toEqual({ method: 'REQUEST', uid: first.uid, sequence: 1 });

  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: 'Mais ações: Visita de renegociação' }).click();
  await page.getByRole('menuitem', { name: 'Excluir' }).click();
  await expect(row).toHaveCount(0);
  const [, , cancelled] = await smtp.waitFor(3, 30_000);
  expect(invitation(cancelled!)).toEqual({ method: 'CANCEL', uid: first.uid, sequence: 2 });
  await page.waitForTimeout(4_000);
  expect(smtp.received).toHaveLength(3);
});
