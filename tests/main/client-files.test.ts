import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSetting } from '../../electron/main/db/repos/settings.repo';
import { MAX_FILE_BYTES_SETTING } from '../../electron/main/services/clients/client-files.service';
import { createTestCore, type TestCore } from './support/test-core';
import { clientAudit, loginRestricted, showcaseClientId, value } from './client-test-helpers';

let t: TestCore;
let agent: string;
let reader: string;
let clientId: number;

beforeAll(async () => {
  t = await createTestCore();
  agent = await t.loginAs('ana');
  reader = await loginRestricted(t, 'leitor.arquivos');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

const pdfBytes = (label: string) =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n% ${label}\n`), crypto.randomBytes(2048)]);
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const blob = (hash: string) => path.join(t.dataDir, 'files', hash);
const attach = (name: string, bytes: Buffer, session = agent) =>
  t.call(session, 'clientFiles.attach', {
    clientId,
    name,
    mime: 'application/pdf',
    contentBase64: bytes.toString('base64'),
  });

describe('client files', () => {
  it('stores the bytes under their SHA-256 in the data folder and lists the file', async () => {
    const bytes = pdfBytes('contrato');
    const row = value(await attach('Contrato de fornecimento 2026.pdf', bytes));
    expect(row).toMatchObject({
      name: 'Contrato de fornecimento 2026.pdf',
      sizeBytes: bytes.length,
      missing: false,
    });
    expect(row.sha256).toBe(sha(bytes));
    expect(fs.readFileSync(blob(row.sha256)).equals(bytes)).toBe(true);
    const page = value(await t.call(agent, 'clientFiles.list', { clientId }));
    expect(page.rows[0]).toMatchObject({ id: row.id, uploadedByName: 'Ana Souza' });
    expect(page.maxBytes).toBe(25 * 1024 * 1024);
    expect(clientAudit(t, clientId)[0]).toMatchObject({
      action: 'Arquivo anexado: Contrato de fornecimento 2026.pdf',
      userName: 'Ana Souza',
    });
  });

  it('downloads exactly the bytes that were attached', async () => {
    const bytes = pdfBytes('boleto');
    const row = value(await attach('boleto.pdf', bytes));
    const file = value(await t.call(reader, 'clientFiles.download', { id: row.id }));
    expect(file).toMatchObject({ name: 'boleto.pdf', mime: 'application/pdf' });
    expect(Buffer.from(file.contentBase64, 'base64').equals(bytes)).toBe(true);
  });

  it('keeps one copy of identical content and deletes it only with its last row', async () => {
    const bytes = pdfBytes('duplicado');
    const a = value(await attach('a.pdf', bytes));
    const b = value(await attach('b.pdf', bytes));
    expect(a.sha256).toBe(b.sha256);
    value(await t.call(agent, 'clientFiles.delete', { id: a.id }));
    expect(fs.existsSync(blob(a.sha256))).toBe(true);
    expect(clientAudit(t, clientId)[0]?.action).toBe('Arquivo excluído: a.pdf');
    value(await t.call(agent, 'clientFiles.delete', { id: b.id }));
    expect(fs.existsSync(blob(a.sha256))).toBe(false);
    const ids = value(await t.call(agent, 'clientFiles.list', { clientId })).rows.map((r) => r.id);
    expect(ids).not.toContain(a.id);
    expect(ids).not.toContain(b.id);
  });

  it('refuses a file over the limit with FILE_TOO_LARGE and stores nothing', async () => {
    setSetting(t.core.db, MAX_FILE_BYTES_SETTING, String(4096));
    try {
      const bytes = crypto.randomBytes(4097);
      const before = fs.existsSync(path.join(t.dataDir, 'files'))
        ? fs.readdirSync(path.join(t.dataDir, 'files'))
        : [];
      const auditBefore = clientAudit(t, clientId).length;
      const r = await attach('grande.bin', bytes);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/limite de 4 KB/) },
      });
      expect(fs.readdirSync(path.join(t.dataDir, 'files'))).toEqual(before);
      expect(clientAudit(t, clientId).length).toBe(auditBefore);
      expect(value(await t.call(agent, 'clientFiles.list', { clientId })).maxBytes).toBe(4096);
      expect((await attach('cabe.bin', crypto.randomBytes(4096))).ok).toBe(true);
    } finally {
      t.core.db.prepare('DELETE FROM app_settings WHERE key = ?').run(MAX_FILE_BYTES_SETTING);
    }
  });

  it('reports a file whose bytes vanished from disk as missing instead of failing', async () => {
    const row = value(await attach('sumiu.pdf', pdfBytes('sumiu')));
    fs.rmSync(blob(row.sha256));
    const listed = value(await t.call(agent, 'clientFiles.list', { clientId })).rows.find(
      (r) => r.id === row.id,
    );
    expect(listed?.missing).toBe(true);
    expect(await t.call(agent, 'clientFiles.download', { id: row.id })).toMatchObject({
      ok: false,
      error: { code: 'FILE_MISSING', message: expect.stringMatching(/sumiu\.pdf/) },
    });
    value(await t.call(agent, 'clientFiles.delete', { id: row.id }));
  });

  it('treats bytes changed on disk as missing too', async () => {
    const row = value(await attach('alterado.pdf', pdfBytes('alterado')));
    fs.writeFileSync(blob(row.sha256), 'outro conteúdo');
    expect(await t.call(agent, 'clientFiles.download', { id: row.id })).toMatchObject({
      ok: false,
      error: { code: 'FILE_MISSING' },
    });
  });

  it('keeps a path-looking name from escaping the list', async () => {
    const row = value(await attach('..\\..\\windows/system32:evil.pdf', pdfBytes('nome')));
    expect(row.name).toBe('__.._windows_system32_evil.pdf');
  });

  it('refuses attach and delete with FORBIDDEN without "Clientes - Anexar e excluir arquivos"', async () => {
    const r = await attach('sem-permissao.pdf', pdfBytes('x'), reader);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/Anexar e excluir arquivos/) },
    });
    const [first] = value(await t.call(reader, 'clientFiles.list', { clientId })).rows;
    expect(await t.call(reader, 'clientFiles.delete', { id: first!.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('pages newest first with a cursor', async () => {
    const all = value(await t.call(agent, 'clientFiles.list', { clientId, limit: 500 })).rows.map(
      (r) => r.id,
    );
    expect(all.length).toBeGreaterThan(2);
    const first = value(await t.call(agent, 'clientFiles.list', { clientId, limit: 2 }));
    expect(first.total).toBe(all.length);
    const second = value(
      await t.call(agent, 'clientFiles.list', { clientId, before: first.next!, limit: 500 }),
    );
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all);
    expect(all).toEqual([...all].sort((x, y) => y - x));
  });
});

describe('attachment names and types that could mislead or break Windows', () => {
  const attachAs = (name: string, mime = 'application/pdf') =>
    t.call(agent, 'clientFiles.attach', {
      clientId,
      name,
      mime,
      contentBase64: pdfBytes(name).toString('base64'),
    });

  it('drops bidi controls so the real extension shows, and shows it apart from the name', async () => {
    const row = value(await attachAs('fatura\u202Efdp.exe'));
    expect(row.name).toBe('faturafdp.exe');
    expect(row.extension).toBe('exe');
    const listed = value(await t.call(agent, 'clientFiles.list', { clientId, limit: 500 })).rows.find(
      (r) => r.id === row.id,
    );
    expect(listed).toMatchObject({ name: 'faturafdp.exe', extension: 'exe' });
    expect(value(await attachAs('nota\u2067fiscal\u2069\u200B.pdf')).name).toBe('notafiscal.pdf');
  });

  it('renames Windows device names and drops a trailing dot or space', async () => {
    expect(value(await attachAs('CON')).name).toBe('_CON');
    expect(value(await attachAs('con.txt')).name).toBe('_con.txt');
    expect(value(await attachAs('NUL.tar.gz')).name).toBe('_NUL.tar.gz');
    expect(value(await attachAs('COM1.pdf')).name).toBe('_COM1.pdf');
    expect(value(await attachAs('lpt9')).name).toBe('_lpt9');
    expect(value(await attachAs('AUX .pdf')).name).toBe('_AUX .pdf');
    const dotted = value(await attachAs('contrato.pdf.exe. . '));
    expect(dotted).toMatchObject({ name: 'contrato.pdf.exe', extension: 'exe' });
    expect(value(await attachAs('console.pdf')).name).toBe('console.pdf');
  });

  it('refuses a type with a line break and a name with nothing left, in pt-BR, storing nothing', async () => {
    const before = value(await t.call(agent, 'clientFiles.list', { clientId, limit: 500 })).total;
    expect(await attachAs('ok.pdf', 'text/html\r\nSet-Cookie: x=1')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/quebra de linha/) },
    });
    expect(await attachAs('\u202E\u200B. ')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/nome do arquivo/) },
    });
    expect(value(await t.call(agent, 'clientFiles.list', { clientId, limit: 500 })).total).toBe(before);
    // A type that is not type/subtype is kept as plain bytes.
    expect(value(await attachAs('x.pdf', 'não é um tipo')).mime).toBe('application/octet-stream');
  });
});
