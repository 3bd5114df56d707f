/**
 * The catalog is complete: every key renders a finished pt-BR sentence from its details (the
 * sample table is typed from the catalog, so a new key with details does not compile without
 * one), and every code a key answers is a wire code the renderer already knows.
 */
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  messageFor,
  type DetailsArgs,
  type MessageArgs,
  type MessageKey,
} from '../../../shared/ipc/messages';
import { AppFailure, failWith, type ErrorCode } from '../../../shared/ipc/result';

type KeyWithDetails = { [K in MessageKey]: DetailsArgs<K> extends [] ? never : K }[MessageKey];

const SMTP = { where: 'smtp.empresa.com.br:587', detail: 'self signed certificate' };

const SAMPLES: { [K in KeyWithDetails]: DetailsArgs<K>[0] } = {
  'auth.forbidden': { permission: 'clients.editCredit' },
  'app.unknownChannel': { channel: 'clients.dropTable' },
  'input.invalid': { reasons: ['O nome é obrigatório.', 'Informe o login.'] },
  'input.cpfInvalid': { reason: 'CPF inválido.' },
  'input.cnpjInvalid': { reason: 'CNPJ inválido.' },
  'app.migrationsMissing': { searched: ['/opt/central/migrations'] },
  'app.policyLocked': { setting: 'A pasta de dados', policyFile: 'C:\\ProgramData\\Central\\policy.json' },
  'jobs.workerDied': { label: 'Sincronização com o ERP', exitCode: 1, hint: 'resumable' },
  'jobs.workerStartFailed': { label: 'Sincronização com o ERP', reason: 'sem memória' },
  'secrets.encryptionUnavailable': { reason: 'A criptografia do sistema operacional não está disponível.' },
  'auth.throttled': { waitMs: 30_000 },
  'users.loginTaken': { login: 'ana' },
  'users.groupNameTaken': { name: 'Supervisores' },
  'users.groupHasMembers': { name: 'Supervisores', memberCount: 2 },
  'database.notADatabase': { filePath: 'C:\\dados\\central.db' },
  'database.newerVersion': { filePath: 'C:\\dados\\central.db', version: 400, latest: 360 },
  'database.unreadable': { filePath: 'C:\\dados\\central.db', reason: 'disk I/O error' },
  'database.relocateMismatch': { toDir: 'D:\\central' },
  'database.relocateFileIncomplete': { name: 'ab12.pdf' },
  'database.backupCorrupt': { fileName: 'central-2026-12-01.db', integrity: 'row 3 missing' },
  'clients.ticketClosed': { reference: 'CH-0042' },
  'clients.addressGone': { label: 'Endereço de cobrança' },
  'clients.fileTooLarge': { limitBytes: 25 * 1024 * 1024 },
  'clients.fileContentMissing': { name: 'contrato.pdf' },
  'credit.productNotForClient': { product: 'Deps PJ', personType: 'F' },
  'credit.defaultProductWrongKind': { personType: 'J' },
  'credit.increaseRefused': { reason: 'O aumento passa do máximo do seu grupo. Peça a um supervisor.' },
  'credit.confirmLargeIncrease': { currentCents: 100_000, newCents: 900_000, suggestedCents: 200_000 },
  'bureau.unexpected': { action: 'query' },
  'bureau.pinMismatch': { presentedPin: 'sha256/abc=' },
  'bureau.certificateRejected': { detail: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
  'bureau.noAnswer': { detail: 'ECONNRESET' },
  'bureau.proxyRefused': { detail: 'HTTP 403' },
  'bureau.connectTimeout': { action: 'login' },
  'bureau.unreachable': { detail: 'ECONNREFUSED' },
  'bureau.nothingToReuse': { serverMessage: null },
  'bureau.queryRejected': { serverMessage: null, status: 400 },
  'bureau.loginRejected': { serverMessage: 'Senha incorreta.', status: 401 },
  'bureau.loginServerError': { status: 500 },
  'bureau.gatewayAmbiguous': { status: 504 },
  'bureau.serverError': { status: 500 },
  'erp.badResponse': { detail: 'clientes[0].documento: documento inválido' },
  'erp.boletoNotPdf': { boletoId: 'B-1' },
  'erp.serverError': { status: 503 },
  'erp.notFound': { serverMessage: null },
  'erp.conflict': { serverMessage: null },
  'erp.rejected': { serverMessage: null, status: 422 },
  'erp.timeout': { timeoutMs: 15_000 },
  'erp.unreachable': { baseUrl: 'https://erp.local', detail: 'ECONNREFUSED' },
  'erp.proxyRefused': { baseUrl: 'https://erp.local', detail: 'HTTP 403' },
  'erp.certificateRejected': { baseUrl: 'https://erp.local', detail: 'CERT_HAS_EXPIRED' },
  'erp.unavailable': { retryAt: '2026-12-01T17:05:00.000Z' },
  'erp.outboxPartial': {
    sent: 2,
    problem: 'O ERP está com problemas (erro 503). Tente novamente em instantes.',
  },
  'jobs.unknown': { name: 'limpeza' },
  'receivables.hostTaken': { machineName: 'CAIXA-02' },
  'receivables.sendGaveUp': { attempts: 5, reason: 'HTTP 503' },
  'receivables.exportTotalsMismatch': {
    exportId: 7,
    rows: 10,
    amountCents: 1000,
    confirmedRows: 9,
    confirmedCents: 900,
    rejectedRows: 1,
  },
  'receivables.batchTotalsMismatch': {
    sentRows: 10,
    sentCents: 1000,
    confirmedRows: 9,
    confirmedCents: 900,
    sameKeys: false,
  },
  'receivables.bureauAnswered': { status: 400, serverMessage: 'lote inválido' },
  'email.testFailed': { reason: 'O servidor recusou o usuário ou a senha.' },
  'smtp.loginRefused': SMTP,
  'smtp.loginLater': SMTP,
  'smtp.untrustedCertificate': SMTP,
  'smtp.noTlsOnPort': SMTP,
  'smtp.noStarttls': SMTP,
  'smtp.hostNotFound': SMTP,
  'smtp.connectionRefused': SMTP,
  'smtp.timeout': SMTP,
  'smtp.envelopeLater': SMTP,
  'smtp.envelopeRefused': SMTP,
  'smtp.messageLater': SMTP,
  'smtp.messageRefused': SMTP,
  'smtp.connectionDropped': SMTP,
  'smtp.failed': SMTP,
  'smtp.withServerAnswer': { reason: 'O servidor recusou a mensagem.', serverResponse: '554 5.7.1 rejected' },
  'creditRelease.notBlocked': { number: 'P1234', state: 'Liberado' },
  'creditRelease.alreadyDecided': {
    number: 'P1234',
    kind: 'release',
    userName: 'Ana Souza',
    at: '2026-12-02T14:32:00.000Z',
  },
  'creditRelease.orderChanged': { number: 'P1234' },
  'creditRelease.maxValueExceeded': { number: 'P1234', valueCents: 2_500_000, maxCents: 1_000_000 },
  'creditRelease.overdueNotAllowed': { count: 2, totalCents: 184_350 },
  'creditRelease.erpOrderChanged': { number: 'P1234', what: 'valor de R$ 1.000,00 para R$ 1.200,00' },
  'creditRelease.erpAlreadySettled': {
    number: 'P1234',
    kind: 'release',
    by: 'Marcos (ERP)',
    at: '2026-12-02T14:32:00.000Z',
  },
  'creditRelease.erpRefused': { number: 'P1234', reason: 'Pedido cancelado no ERP.' },
  'home.linkInvalid': { reason: 'falta o telefone (?numero=)' },
  'home.clientNotFound': { ref: '82467786' },
  'panel.budgetReached': { budgetCents: 50_000, spentCents: 48_000, priceCents: 3_500, month: '2026-12' },
  'consent.messagesBlocked': { by: 'Marta (ERP)', at: '2026-11-30T13:00:00.000Z' },
  'consent.callsBlocked': { by: null, at: null },
  'floor.schemaNewer': { found: 12, known: 3 },
  'floor.otherCompany': { found: 'Outra Empresa Ltda' },
  'floor.keyMissing': { problem: 'a chave deve ter exatamente 32 bytes' },
  'floor.leaseLost': { holder: 'CAIXA-02' },
  'floor.standbyTimedOut': { holder: 'CAIXA-01' },
  'floor.serverUnreachable': { host: 'banco.empresa.local', port: 5432 },
  'floor.authFailed': { user: 'central' },
  'floor.tlsRefused': { reason: 'The server does not support SSL connections' },
  'floor.databaseMissing': { database: 'central' },
  'floor.importNotEmpty': { table: 'users' },
  'floor.policyLocked': { policyFile: 'C:\\ProgramData\\Central de Atendimento\\policy.json' },
  'floor.probeOk': { company: 'Acme Atendimento Ltda' },
};

const argsFor = (key: MessageKey): MessageArgs =>
  (key in SAMPLES ? [key, SAMPLES[key as KeyWithDetails]] : [key]) as MessageArgs;

/** The wire codes the renderer and other windows already rely on (result.ts). */
const KNOWN_CODES: ErrorCode[] = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'DB_CORRUPT',
  'DB_NEWER_VERSION',
  'CNPJ_INVALID',
  'CPF_INVALID',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'SETUP_REQUIRED',
  'FILE_TOO_LARGE',
  'FILE_MISSING',
  'ERP_UNREACHABLE',
  'ERP_TIMEOUT',
  'ERP_SERVER_ERROR',
  'ERP_BAD_RESPONSE',
  'ERP_AUTH_FAILED',
  'ERP_NOT_CONFIGURED',
  'BUREAU_AUTH_FAILED',
  'BUREAU_UNREACHABLE',
  'BUREAU_TLS',
  'BUREAU_REJECTED',
  'BUREAU_AMBIGUOUS',
  'BUREAU_NOT_CONFIGURED',
  'BUREAU_SERVER_ERROR',
  'BUREAU_BAD_RESPONSE',
  'BUREAU_NOTHING_TO_REUSE',
  'CREDIT_INCREASE_EXCEEDED',
  'CREDIT_CONFIRMATION_REQUIRED',
  'CREDIT_RELEASE_REFUSED',
  'ENCRYPTION_UNAVAILABLE',
  'SECRET_UNREADABLE',
  'CANCELLED',
  'RECEIVABLES_DISABLED',
  'RECEIVABLES_TOTALS_MISMATCH',
  'ERP_FIRST_SYNC_PENDING',
  'EMAIL_FAILED',
  'INTERNAL',
  'POLICY_LOCKED',
  'ERP_UNAVAILABLE',
  'FLOOR_UNREACHABLE',
  'FLOOR_AUTH_FAILED',
  'FLOOR_SCHEMA_NEWER',
  'FLOOR_OTHER_COMPANY',
];

const keys = Object.keys(CATALOG) as MessageKey[];

describe('the pt-BR message catalog', () => {
  it.each(keys)('%s renders a finished sentence from its details', (key) => {
    const text = messageFor(...argsFor(key));
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|\[object |NaN|\$\{/);
    expect(text).toMatch(/^[A-ZÀ-Ú0-9"]/);
  });

  it('answers only wire codes the renderer already knows', () => {
    const unknown = keys.filter((k) => !KNOWN_CODES.includes(CATALOG[k].code));
    expect(unknown).toEqual([]);
  });

  it('keys are namespaced by feature ("feature.situation")', () => {
    expect(keys.filter((k) => !/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(k))).toEqual([]);
  });

  it('a failure thrown by key carries its code, key and the sentence; the transitional form keeps its text', () => {
    const e = new AppFailure('users.loginTaken', { login: 'ana' });
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'users.loginTaken', details: { login: 'ana' } });
    expect(e.message).toBe('Já existe um usuário com o login "ana".');
    expect(failWith('users.loginTaken', { login: 'ana' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: e.message },
    });
    const old = new AppFailure('CONFLICT', 'Frase antiga.');
    expect(old).toMatchObject({ code: 'CONFLICT', key: null, message: 'Frase antiga.' });
    expect(AppFailure.fromWire(e.toError())).toMatchObject({ code: 'CONFLICT', message: e.message });
  });

  it('tells the ERP retry hour and the login wait the way an agent reads them', () => {
    expect(messageFor('erp.unavailable', { retryAt: '2026-12-01T17:05:00.000Z' })).toBe(
      'ERP indisponível, nova tentativa às 14:05.',
    );
    expect(messageFor('auth.throttled', { waitMs: 150_000 })).toBe(
      'Muitas tentativas sem sucesso. Aguarde 3 min e tente novamente.',
    );
  });
});
