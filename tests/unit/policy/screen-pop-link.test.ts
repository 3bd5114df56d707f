import { describe, expect, it } from 'vitest';
import { cnpjCheckDigits, cpfCheckDigits } from '../../../shared/domain/document';
import {
  MAX_LINK_LENGTH,
  normalizePhone,
  parseScreenPopLink,
  screenPopLinkFromArgv,
  screenPopLinkFromHash,
} from '../../../shared/domain/screen-pop-link';

const CNPJ = `024077860001${cnpjCheckDigits('024077860001')}`;
const CPF = `529982247${cpfCheckDigits('529982247')}`;

describe('central:// links', () => {
  it('reads a client by CNPJ, CPF (formatted or not) or ERP code', () => {
    expect(parseScreenPopLink(`central://cliente/${CNPJ}`)).toEqual({
      ok: true,
      target: { kind: 'client', ref: { by: 'document', value: CNPJ } },
    });
    const formatted = encodeURIComponent(
      `${CPF.slice(0, 3)}.${CPF.slice(3, 6)}.${CPF.slice(6, 9)}-${CPF.slice(9)}`,
    );
    expect(parseScreenPopLink(`CENTRAL://Cliente/${formatted}/`)).toEqual({
      ok: true,
      target: { kind: 'client', ref: { by: 'document', value: CPF } },
    });
    expect(parseScreenPopLink('central://cliente/82467786')).toEqual({
      ok: true,
      target: { kind: 'client', ref: { by: 'erpCode', value: '82467786' } },
    });
  });

  it('reads a call by number, without country code, trunk zero or punctuation', () => {
    const phone = (link: string) => {
      const r = parseScreenPopLink(link);
      return r.ok && r.target.kind === 'call' ? r.target.phone : r;
    };
    expect(phone('central://chamada?numero=%2B55%2011%2098765-4321')).toBe('11987654321');
    expect(phone('central://chamada/?numero=011987654321')).toBe('11987654321');
    expect(phone('central://chamada?origem=pabx&numero=(47)3322-1100')).toBe('4733221100');
    expect(phone('central://chamada?numero=33221100')).toBe('33221100');
    expect(normalizePhone('08007771234')).toBe('08007771234');
  });

  const refused: [string, unknown, RegExp][] = [
    ['empty', '', /vazio/],
    ['not a string', 42, /vazio/],
    ['another scheme', 'javascript:alert(1)', /central:\/\/cliente/],
    ['an http page', 'https://exemplo.com/central://cliente/1', /central:\/\/cliente/],
    ['an unknown action', 'central://apagar/tudo', /"apagar" não existe/],
    ['an action glued to the value', 'central://cliente82467786', /central:\/\/cliente/],
    ['a client without value', 'central://cliente/', /falta o CNPJ/],
    ['a client path traversal', 'central://cliente/..%2F..%2Fetc', /caracteres inválidos/],
    ['two client segments', 'central://cliente/1/2', /um só/],
    ['client with query', 'central://cliente/1?x=1', /não leva parâmetros/],
    ['script in the code', 'central://cliente/%3Cscript%3E', /caracteres inválidos/],
    ['broken percent-encoding', 'central://cliente/%E0%A4%A', /mal codificado/],
    ['a NUL byte', 'central://cliente/1%00', /mal codificado/],
    ['a raw control char', 'central://cliente/1\n2', /controle/],
    ['a bidi override', 'central://chamada?numero=11\u202e9999', /controle/],
    ['a call without number', 'central://chamada', /falta o telefone/],
    ['a call with an empty number', 'central://chamada?numero=', /8 a 11 dígitos/],
    ['letters in the number', 'central://chamada?numero=11abc99999', /sem letras/],
    ['too short', 'central://chamada?numero=1234', /8 a 11/],
    ['too long', 'central://chamada?numero=119876543210000', /8 a 11/],
    ['two numbers', 'central://chamada?numero=11999990000&numero=11888880000', /mais de um/],
    ['a huge link', `central://chamada?numero=${'1'.repeat(MAX_LINK_LENGTH)}`, /longo demais/],
    ['a code too long', `central://cliente/${'A'.repeat(41)}`, /caracteres inválidos/],
  ];
  for (const [what, link, reason] of refused) {
    it(`refuses ${what} with a reason`, () => {
      const r = parseScreenPopLink(link);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    });
  }
});

describe('the command line and the web shell hash', () => {
  it('takes the link Windows passes, or --cliente / --numero in both spellings', () => {
    expect(screenPopLinkFromArgv(['C:\\app.exe', '--allow-file-access', 'central://cliente/1'])).toBe(
      'central://cliente/1',
    );
    expect(screenPopLinkFromArgv(['app.exe', '--cliente', '82467786'])).toBe('central://cliente/82467786');
    expect(screenPopLinkFromArgv(['app.exe', '--numero=+55 11 4002-8922'])).toBe(
      'central://chamada?numero=%2B55%2011%204002-8922',
    );
    expect(screenPopLinkFromArgv(['app.exe', '.'])).toBeNull();
    // A flag with no value becomes a link that is then refused with its reason, not a plain start.
    const empty = screenPopLinkFromArgv(['app.exe', '--numero', '--inspect']);
    expect(parseScreenPopLink(empty)).toMatchObject({ ok: false });
    // A value that tries to smuggle a second parameter stays one (encoded) value.
    const smuggled = screenPopLinkFromArgv(['app.exe', '--numero', '11999990000&numero=1']);
    expect(parseScreenPopLink(smuggled)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sem letras/),
    });
  });

  it('maps #/cliente/… and #/chamada?numero=… and nothing else', () => {
    expect(screenPopLinkFromHash('#/chamada?numero=11999990000')).toBe(
      'central://chamada?numero=11999990000',
    );
    expect(screenPopLinkFromHash('#/cliente/82467786')).toBe('central://cliente/82467786');
    expect(screenPopLinkFromHash('#/clientes')).toBeNull();
    expect(screenPopLinkFromHash('')).toBeNull();
    expect(screenPopLinkFromHash('#/configuracoes')).toBeNull();
  });
});
