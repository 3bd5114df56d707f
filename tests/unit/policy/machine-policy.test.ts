import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadMachinePolicy,
  machinePolicyFile,
  parseMachinePolicy,
} from '../../../electron/main/policy/machine-policy';

const FILE = 'C:\\ProgramData\\Central de Atendimento\\policy.json';
const parse = (text: string) => parseMachinePolicy(text, FILE);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-policy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('machine policy parsing', () => {
  it('reads every field IT may preset', () => {
    const p = parse(
      JSON.stringify({
        erpUrl: 'https://erp.empresa.com.br/api/',
        bureauUrl: 'https://api.deps.com.br',
        updateUrl: 'https://atualiza.empresa.com.br/central',
        updateChannel: 'beta',
        autoUpdate: false,
        dataDir: path.resolve('/dados/central'),
      }),
    );
    expect(p.problems).toEqual([]);
    expect(p.values).toEqual({
      erpUrl: 'https://erp.empresa.com.br/api',
      bureauUrl: 'https://api.deps.com.br',
      updateUrl: 'https://atualiza.empresa.com.br/central',
      updateChannel: 'beta',
      autoUpdate: false,
      dataDir: path.resolve('/dados/central'),
    });
  });

  it.each([
    ['not JSON', '{ erpUrl: "https://x" }'],
    ['an array', '[1, 2]'],
    ['a string', '"https://erp"'],
    ['null', 'null'],
    ['empty', ''],
  ])('a file that is %s applies nothing and names the file', (_label, text) => {
    const p = parse(text);
    expect(p.values).toEqual({});
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ field: null, message: expect.stringContaining(FILE) });
    expect(p.problems[0]!.message).toMatch(/Nenhuma configuração/);
  });

  it('a bad field is reported by name, in pt-BR, and the valid ones still apply', () => {
    const p = parse(
      JSON.stringify({
        erpUrl: 'https://erp.empresa.com.br',
        bureauUrl: 'http://api.deps.com.br',
        autoUpdate: 'false',
        updateChannel: 'Beta Testers',
      }),
    );
    expect(p.values).toEqual({ erpUrl: 'https://erp.empresa.com.br' });
    expect(p.problems.map((x) => x.field)).toEqual(['bureauUrl', 'updateChannel', 'autoUpdate']);
    for (const problem of p.problems) {
      expect(problem.message).toContain(FILE);
      expect(problem.message).toContain(`"${problem.field}"`);
      expect(problem.message).toContain('ignorado');
    }
    expect(p.problems[2]!.message).toContain('true ou false');
  });

  it.each([
    ['credentials in the URL', { erpUrl: 'https://admin:senha@erp.local' }],
    ['a javascript: URL', { erpUrl: 'javascript:alert(1)' }],
    ['a file: URL', { updateUrl: 'file:///C:/Windows/evil' }],
    ['a control character', { erpUrl: 'https://erp.local/\u0000x' }],
    ['a number for a URL', { erpUrl: 8080 }],
    ['an object for a URL', { erpUrl: { href: 'https://x' } }],
    ['a huge URL', { erpUrl: `https://erp.local/${'a'.repeat(600)}` }],
    ['a relative data folder', { dataDir: 'dados\\central' }],
    ['a network data folder', { dataDir: '\\\\servidor\\central' }],
    ['a channel with a path', { updateChannel: '../../latest' }],
  ])('refuses %s', (_label, body) => {
    const p = parse(JSON.stringify(body));
    expect(p.values).toEqual({});
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.field).toBe(Object.keys(body)[0]);
  });

  it('a "__proto__" key neither pollutes nor applies, and unknown fields are reported', () => {
    const p = parse('{"__proto__": {"autoUpdate": false}, "constructor": 1, "erpUrl": "https://erp.local"}');
    expect(p.values).toEqual({ erpUrl: 'https://erp.local' });
    expect(({} as Record<string, unknown>).autoUpdate).toBeUndefined();
    expect(p.problems.map((x) => x.field)).toEqual(['__proto__', 'constructor']);
  });

  it('null means "not set", not an error', () => {
    expect(parse('{"erpUrl": null}')).toMatchObject({ values: {}, problems: [] });
  });
});

describe('machine policy file', () => {
  const write = (name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    return file;
  };

  it('lives in %ProgramData% on Windows, or where CENTRAL_POLICY_FILE says', () => {
    expect(machinePolicyFile({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe(
      'D:\\ProgramData\\Central de Atendimento\\policy.json',
    );
    expect(machinePolicyFile({ CENTRAL_POLICY_FILE: '/tmp/p.json' }, 'linux')).toBe(
      path.resolve('/tmp/p.json'),
    );
    expect(machinePolicyFile({}, 'linux')).toBeNull();
  });

  it('a missing file is simply no policy', () => {
    expect(loadMachinePolicy(path.join(dir, 'none.json'))).toMatchObject({
      found: false,
      values: {},
      problems: [],
    });
  });

  it('accepts the UTF-8 BOM and the UTF-16 that Notepad writes', () => {
    const json = '{"autoUpdate": false}';
    expect(loadMachinePolicy(write('bom.json', `\uFEFF${json}`)).values).toEqual({ autoUpdate: false });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    expect(loadMachinePolicy(write('utf16.json', utf16)).values).toEqual({ autoUpdate: false });
  });

  it('refuses a file too big to be a policy without reading it, and a folder in its place', () => {
    const big = loadMachinePolicy(write('big.json', `{"x": "${'a'.repeat(70_000)}"}`));
    expect(big).toMatchObject({ found: true, values: {} });
    expect(big.problems[0]!.message).toContain('limite');
    fs.mkdirSync(path.join(dir, 'folder.json'));
    expect(loadMachinePolicy(path.join(dir, 'folder.json')).problems[0]!.message).toContain(
      'não é um arquivo',
    );
  });
});
