import { describe, it, expect } from 'vitest';
import {
  cnpjCheckDigits,
  cpfCheckDigits,
  formatCnpj,
  formatCpf,
  formatDocument,
  isValidCnpj,
  isValidCpf,
  normalizeDocument,
  parseDocument,
  personTypeOf,
} from '../../../shared/domain/document';

describe('normalizeDocument', () => {
  it('strips the mask, spaces and stray punctuation', () => {
    expect(normalizeDocument(' 529.982.247-25 ')).toBe('52998224725');
    expect(normalizeDocument('11.222.333/0001-81')).toBe('11222333000181');
  });

  it('upper-cases alphanumeric CNPJs typed in lower case', () => {
    expect(normalizeDocument('12.abc.345/01de-35')).toBe('12ABC34501DE35');
  });
});

describe('isValidCpf', () => {
  it('accepts real valid CPFs, raw or masked', () => {
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('39053344705')).toBe(true);
  });

  it('rejects a wrong check digit, repeated digits and wrong lengths', () => {
    expect(isValidCpf('12345678900')).toBe(false);
    expect(isValidCpf('52998224724')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
    expect(isValidCpf('00000000000')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
    expect(isValidCpf('')).toBe(false);
  });

  it('rejects a CNPJ and anything with letters', () => {
    expect(isValidCpf('11222333000181')).toBe(false);
    expect(isValidCpf('5299822472A')).toBe(false);
  });
});

describe('isValidCnpj', () => {
  it('accepts real valid numeric CNPJs, raw or masked', () => {
    expect(isValidCnpj('11222333000181')).toBe(true);
    expect(isValidCnpj('11.222.333/0001-81')).toBe(true);
  });

  it('rejects 02.407.786/0001-07 (from the product document): its check digits are 91', () => {
    expect(isValidCnpj('02.407.786/0001-07')).toBe(false);
    expect(cnpjCheckDigits('024077860001')).toBe('91');
    expect(isValidCnpj('02.407.786/0001-91')).toBe(true);
  });

  it('rejects a wrong check digit, repeated digits and wrong lengths', () => {
    expect(isValidCnpj('11222333000182')).toBe(false);
    expect(isValidCnpj('00000000000000')).toBe(false);
    expect(isValidCnpj('11111111111111')).toBe(false);
    expect(isValidCnpj('1122233300018')).toBe(false);
    expect(isValidCnpj('52998224725')).toBe(false);
  });

  it('computes DV 35 for the Receita Federal alphanumeric example 12ABC34501DE', () => {
    expect(cnpjCheckDigits('12ABC34501DE')).toBe('35');
    expect(isValidCnpj('12ABC34501DE35')).toBe(true);
    expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true);
    expect(isValidCnpj('12.abc.345/01de-35')).toBe(true);
    expect(isValidCnpj('12ABC34501DE36')).toBe(false);
  });

  it('requires the two check digits of an alphanumeric CNPJ to be numeric', () => {
    expect(isValidCnpj('12ABC34501DE3A')).toBe(false);
  });
});

describe('check digit helpers', () => {
  it('build the CPFs and CNPJs used above', () => {
    expect(cpfCheckDigits('529982247')).toBe('25');
    expect(cpfCheckDigits('390533447')).toBe('05');
    expect(cnpjCheckDigits('112223330001')).toBe('81');
  });

  it('refuse bases of the wrong shape instead of computing nonsense', () => {
    expect(() => cpfCheckDigits('52998224')).toThrow(RangeError);
    expect(() => cpfCheckDigits('52998224A')).toThrow(RangeError);
    expect(() => cnpjCheckDigits('12abc34501de')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('masks CPF and CNPJ, keeping letters of alphanumeric CNPJs', () => {
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
    expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
  });

  it('picks the mask by length and leaves anything else untouched', () => {
    expect(formatDocument('39053344705')).toBe('390.533.447-05');
    expect(formatDocument('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(formatDocument('123456')).toBe('123456');
    expect(formatDocument('')).toBe('');
  });
});

describe('parseDocument', () => {
  it('returns the kind and the normalized value of a valid document', () => {
    expect(parseDocument('529.982.247-25')).toEqual({ kind: 'cpf', value: '52998224725' });
    expect(parseDocument('11.222.333/0001-81')).toEqual({ kind: 'cnpj', value: '11222333000181' });
    expect(parseDocument('12.abc.345/01de-35')).toEqual({ kind: 'cnpj', value: '12ABC34501DE35' });
  });

  it('returns null for invalid documents and free text', () => {
    expect(parseDocument('12345678900')).toBeNull();
    expect(parseDocument('11222333000182')).toBeNull();
    expect(parseDocument('Maximino')).toBeNull();
  });
});

describe('personTypeOf', () => {
  it('maps CPF length to F and CNPJ shape to J', () => {
    expect(personTypeOf('52998224725')).toBe('F');
    expect(personTypeOf('11222333000181')).toBe('J');
    expect(personTypeOf('12ABC34501DE35')).toBe('J');
    expect(personTypeOf('1234')).toBeNull();
  });
});
