/**
 * The floor key as IT provisions it in the machine policy: inline base64 or a key file. Hostile
 * or wrong values are refused with a pt-BR reason naming the field, and the key itself never
 * reaches the policy view (what the renderer sees) nor anything that serializes the policy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMachinePolicy } from '../../electron/main/policy/machine-policy';
import { policyView } from '../../electron/main/policy/policy-locks';
import { openWithFloorKey, sealWithFloorKey } from '../../electron/main/floor/secrets/floor-secret-store';
import type { Core } from '../../electron/main/core-types';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-floor-key-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const parse = (o: Record<string, unknown>) =>
  parseMachinePolicy(JSON.stringify(o), 'C:\\ProgramData\\policy.json');
const problem = (o: Record<string, unknown>) => {
  const p = parse(o);
  expect(p.floorKey?.bytes()).toBeNull();
  return p.problems.map((x) => x.message).join('\n');
};
const file = (name: string, content: string | Buffer, mode = 0o600) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content, { mode });
  fs.chmodSync(f, mode);
  return f;
};

describe('floor key in the machine policy', () => {
  const key = crypto.randomBytes(32);

  it('an inline base64 key of 32 bytes is taken; the view and JSON show its id, never the key', () => {
    const p = parse({ floorKey: key.toString('base64'), erpUrl: 'https://erp.acme.com.br' });
    expect(p.problems).toEqual([]);
    expect(p.floorKey?.bytes()?.equals(key)).toBe(true);
    const shown = JSON.stringify([p, policyView({ policy: p } as Core)]);
    expect(shown).not.toContain(key.toString('base64'));
    expect(shown).not.toContain(key.toString('hex'));
    expect(shown).toContain(p.floorKey!.keyId!);
  });

  it('a key file with the raw bytes or their base64 is taken', () => {
    const raw = parse({ floorKeyFile: file('raw.key', key) });
    const b64 = parse({ floorKeyFile: file('b64.key', `${key.toString('base64')}\r\n`) });
    expect(raw.floorKey?.bytes()?.equals(key)).toBe(true);
    expect(b64.floorKey?.keyId).toBe(raw.floorKey?.keyId);
  });

  it('wrong lengths, non-base64, other types and weak keys are refused with the reason', () => {
    expect(problem({ floorKey: crypto.randomBytes(16).toString('base64') })).toContain(
      'tem 16 bytes; a chave deve ter exatamente 32 bytes',
    );
    expect(problem({ floorKey: 'não é base64!' })).toContain('não é base64');
    expect(problem({ floorKey: 12345 })).toContain('deve ser um texto em base64');
    expect(problem({ floorKey: Buffer.alloc(32, 7).toString('base64') })).toContain('não parece aleatória');
    expect(problem({ floorKey: 'A'.repeat(5000) })).toContain('5000 caracteres');
    expect(problem({ floorKey: '' })).toContain('está vazia');
  });

  it('hostile key files are refused: relative, missing, a folder, too big, readable by others', () => {
    expect(problem({ floorKeyFile: 'floor.key' })).toContain('caminho absoluto');
    expect(problem({ floorKeyFile: path.join(dir, 'nao-existe.key') })).toContain('não existe');
    expect(problem({ floorKeyFile: dir })).toContain('não é um arquivo');
    expect(problem({ floorKeyFile: file('big.key', Buffer.alloc(4096, 1)) })).toContain('4096 bytes');
    expect(problem({ floorKeyFile: `${dir}\u0000x` })).toContain('informe o caminho');
    if (process.platform !== 'win32')
      expect(problem({ floorKeyFile: file('open.key', key, 0o644) })).toContain('chmod 600');
  });

  it('both fields at once is ambiguous: neither is used; the other policy fields still apply', () => {
    const p = parse({
      floorKey: key.toString('base64'),
      floorKeyFile: file('k.key', key),
      erpUrl: 'https://erp.acme.com.br',
    });
    expect(p.floorKey?.bytes()).toBeNull();
    expect(p.problems[0]?.message).toContain('apenas um dos campos');
    expect(p.values.erpUrl).toBe('https://erp.acme.com.br');
  });

  it('an envelope opens only with the key that sealed it, and tampering is detected', () => {
    const id = parse({ floorKey: key.toString('base64') }).floorKey!.keyId!;
    const sealed = sealWithFloorKey(key, id, 'senha-secreta');
    expect(sealed).toMatch(/^fk1:[\w-]{16}:/);
    expect(sealed).not.toContain('senha-secreta');
    expect(openWithFloorKey(key, id, sealed)).toBe('senha-secreta');
    const other = crypto.randomBytes(32);
    expect(() => openWithFloorKey(other, 'outra-chave-0000', sealed)).toThrow(/diferente da usada/);
    const parts = sealed.split(':');
    parts[4] = Buffer.from('adulterado').toString('base64');
    expect(() => openWithFloorKey(key, id, parts.join(':'))).toThrow(/danificada/);
  });
});
