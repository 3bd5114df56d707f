/**
 * The machine policy's `floor` section: IT's connection is taken as written, and a hostile or
 * mistyped value is refused with a pt-BR reason naming the file, never half-applied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMachinePolicy } from '../../../electron/main/policy/machine-policy';

const FILE = 'C:\\ProgramData\\Central de Atendimento\\policy.json';
const GOOD = {
  host: 'banco.acme.local',
  port: 5432,
  database: 'central',
  user: 'central_app',
  password: 'S3nh@ forte',
  sslMode: 'verify-full',
  companyId: '11222333000181',
  companyName: 'Acme Atendimento Ltda',
};
const parse = (floor: unknown) => parseMachinePolicy(JSON.stringify({ floor }), FILE);

describe('machine policy: floor section', () => {
  it('a valid section presets the join (password included) and reports nothing', () => {
    const p = parse(GOOD);
    expect(p.problems).toEqual([]);
    expect(p.floor?.join).toEqual({
      connection: {
        host: 'banco.acme.local',
        port: 5432,
        database: 'central',
        user: 'central_app',
        password: 'S3nh@ forte',
        sslMode: 'verify-full',
      },
      company: { id: '11222333000181', name: 'Acme Atendimento Ltda' },
    });
    expect(JSON.stringify(p.floor?.view)).not.toContain('S3nh@');
  });

  it.each([
    ['host', 'postgres://banco.acme.local', /Servidor: informe só o nome ou o IP/],
    ['host', 'banco.acme.local; rm -rf /', /Servidor: informe só o nome ou o IP/],
    ['host', 'banco\nacme', /Servidor/],
    ['port', '5432', /Porta: informe um número/],
    ['port', 70000, /Porta: use um número entre 1 e 65535/],
    ['port', 54.32, /Porta: informe um número inteiro/],
    ['database', 'central"; DROP TABLE users; --', /Banco de dados: use letras/],
    ['database', 'x'.repeat(64), /Banco de dados: o PostgreSQL aceita até 63/],
    ['user', "admin' OR '1'='1", /Usuário: use letras/],
    ['password', 'abc\u0000def', /Senha: contém caracteres de controle/],
    ['sslMode', 'allow', /TLS: use disable, require ou verify-full/],
    ['companyId', '../../etc', /Empresa \(identificador\)/],
    ['companyName', '', /Empresa \(nome\): informe/],
  ])('%s = %j is refused with a pt-BR reason and the section is ignored', (field, value, reason) => {
    const p = parse({ ...GOOD, [field]: value });
    expect(p.floor).toBeUndefined();
    expect(p.problems.length).toBeGreaterThan(0);
    const text = p.problems.map((x) => x.message).join('\n');
    expect(text).toMatch(reason);
    expect(text).toContain(`Política da empresa (${FILE}), seção "floor"`);
    expect(text).toContain('continua no modo local');
  });

  it('password and passwordFile together, or neither, are refused', () => {
    expect(parse({ ...GOOD, passwordFile: 'C:\\segredos\\central.txt' }).problems[0]?.message).toMatch(
      /um dos dois, não ambos/,
    );
    const { password: _p, ...noPassword } = GOOD;
    expect(parse(noPassword).problems[0]?.message).toMatch(/um dos dois/);
  });

  it('unknown keys inside the section, a relative passwordFile and a non-object are refused', () => {
    expect(parse({ ...GOOD, sslrootcert: '/x' }).problems[0]?.message).toMatch(
      /"sslrootcert" não são conhecidos/,
    );
    const { password: _p, ...noPassword } = GOOD;
    expect(parse({ ...noPassword, passwordFile: 'senha.txt' }).problems[0]?.message).toMatch(
      /caminho absoluto/,
    );
    expect(parse('postgres://u:p@h/db').problems[0]?.message).toMatch(/deve ser um objeto JSON/);
  });

  it('a passwordFile that cannot be read is reported and the seat stays local', () => {
    const { password: _p, ...noPassword } = GOOD;
    const p = parse({ ...noPassword, passwordFile: '/nao/existe/senha.txt' });
    expect(p.floor).toBeUndefined();
    expect(p.problems[0]?.message).toMatch(
      /Arquivo da senha: o arquivo \/nao\/existe\/senha.txt não pôde ser lido \(ENOENT\)/,
    );
  });

  it('the other policy fields still apply when the floor section is bad', () => {
    const p = parseMachinePolicy(
      JSON.stringify({ erpUrl: 'https://erp.acme.local', floor: { host: '' } }),
      FILE,
    );
    expect(p.values.erpUrl).toBe('https://erp.acme.local');
    expect(p.floor).toBeUndefined();
    expect(p.problems.every((x) => x.field === 'floor')).toBe(true);
  });

  it('the password and the CA may come from files IT protects; a CA that is not PEM is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-policy-'));
    try {
      fs.writeFileSync(path.join(dir, 'senha.txt'), '\uFEFFsenha-do-arquivo\r\n');
      fs.writeFileSync(
        path.join(dir, 'ca.pem'),
        '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      );
      fs.writeFileSync(path.join(dir, 'ca.txt'), 'não é um certificado');
      const { password: _p, ...noPassword } = GOOD;
      const ok = parse({
        ...noPassword,
        passwordFile: path.join(dir, 'senha.txt'),
        caFile: path.join(dir, 'ca.pem'),
      });
      expect(ok.problems).toEqual([]);
      expect(ok.floor?.join.connection.password).toBe('senha-do-arquivo');
      expect(ok.floor?.join.connection.caPem).toContain('BEGIN CERTIFICATE');
      const bad = parse({ ...GOOD, caFile: path.join(dir, 'ca.txt') });
      expect(bad.floor).toBeUndefined();
      expect(bad.problems[0]?.message).toMatch(/não é um certificado PEM/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
