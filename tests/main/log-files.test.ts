import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLogFiles, log, logFileFor } from '../../electron/main/log';
import { createTestCore, type TestCore } from './support/test-core';

const CANARY = 'Senha-Canário-9xQ!';
const CPF = '529.982.247-25';
let dir: string;
let t: TestCore;
let clock = new Date('2026-03-10T12:00:00Z');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-logs-'));
  const stale = path.join(dir, 'central-2025-01-01.log');
  fs.writeFileSync(stale, 'antigo');
  fs.utimesSync(stale, new Date('2025-01-01'), new Date('2025-01-01'));
  configureLogFiles(dir, { maxSizeBytes: 4_000, keepDays: 14, now: () => clock });
  t = await createTestCore({ clients: 20 });
});
afterAll(() => {
  t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const allLogText = () =>
  fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');

describe('log files', () => {
  it('writes a dated file and keeps no password, token or CPF in clear', () => {
    log.error('login no ERP falhou', { password: CANARY, token: `tok-${CANARY}`, cliente: `CPF ${CPF}` });
    log.warn(
      `chamada com Authorization: Bearer ${CANARY} para https://adm:${CANARY}@erp.local/x?token=${CANARY}`,
    );
    log.info(`cliente ${CPF.replace(/\D/g, '')} aberto`);
    const file = logFileFor(dir, clock);
    expect(path.basename(file)).toBe('central-2026-03-10.log');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('login no ERP falhou');
    expect(text).toContain('cliente ***.***.***-** aberto');
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(CPF);
    expect(text).not.toContain(CPF.replace(/\D/g, ''));
  });

  it('drops files older than the retention and starts a new file each São Paulo day', () => {
    expect(fs.existsSync(path.join(dir, 'central-2025-01-01.log'))).toBe(false);
    clock = new Date('2026-03-11T02:59:00Z'); // still the 10th in São Paulo
    log.info('antes da meia-noite');
    clock = new Date('2026-03-11T03:01:00Z');
    log.info('depois da meia-noite');
    expect(fs.readFileSync(path.join(dir, 'central-2026-03-10.log'), 'utf8')).toContain(
      'antes da meia-noite',
    );
    expect(fs.readFileSync(path.join(dir, 'central-2026-03-11.log'), 'utf8')).toContain(
      'depois da meia-noite',
    );
  });

  it('caps a day at the size limit: the full file is archived and a new one begun', () => {
    for (let i = 0; i < 200; i++) log.info(`linha ${i} ${'x'.repeat(60)}`);
    const names = fs.readdirSync(dir);
    expect(names.some((n) => n.endsWith('.old.log'))).toBe(true);
    expect(fs.statSync(logFileFor(dir, clock)).size).toBeLessThan(4_000 + 200);
  });

  it('a renderer error reaches the main log through the registry, redacted', async () => {
    const r = await t.registry.invoke(
      'app.log.report',
      { level: 'error', message: `TypeError na ficha do CPF ${CPF}`, stack: `at x (senha=${CANARY})` },
      { sessionKey: 'anon' },
    );
    expect(r).toEqual({ ok: true, value: null });
    const text = allLogText();
    expect(text).toContain('renderer: TypeError na ficha do CPF ***.***.***-**');
    expect(text).not.toContain(CANARY);
  });

  it('"Copiar diagnóstico" has versions, paths, settings and last errors, but no secret', async () => {
    const admin = await t.loginAs('admin');
    const saved = await t.call(admin, 'erp.settings.save', {
      baseUrl: 'http://127.0.0.1:9/api',
      token: CANARY,
      syncTime: '02:00',
    });
    expect(saved.ok).toBe(true);
    const r = await t.call(admin, 'app.diagnostics', {});
    if (!r.ok) throw new Error(r.error.message);
    const text = r.value.text;
    expect(text).toContain(`Pasta de dados: ${t.core.dataDir}`);
    expect(text).toContain(`Pasta de logs: ${dir}`);
    expect(text).toContain(process.versions.node);
    expect(text).toContain('http://127.0.0.1:9/api');
    expect(text).toContain('login no ERP falhou');
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(CPF);
    const cipher = t.core.db.prepare("SELECT value FROM app_settings WHERE key LIKE '%token%'").pluck().get();
    expect(typeof cipher === 'string' && text.includes(cipher)).toBe(false);
  });
});
