import { describe, it, expect } from 'vitest';
import {
  formatPhoneBR,
  isValidEmail,
  isValidPhoneBR,
  isValidUrl,
  normalizePhone,
} from '../../../shared/domain/contact';

describe('isValidEmail', () => {
  it('accepts ordinary addresses', () => {
    expect(isValidEmail('patrick.fonseca@gmail.com')).toBe(true);
    expect(isValidEmail('financeiro+nf@santin-alimentos.com.br')).toBe(true);
  });

  it('rejects the typos agents make', () => {
    for (const email of [
      'patrick.fonseca@gmail',
      'patrick fonseca@gmail.com',
      'patrick@@gmail.com',
      '@gmail.com',
      'patrick.@gmail.com',
      'joão@gmail.com',
      'patrick@gmail..com',
    ]) {
      expect(isValidEmail(email), email).toBe(false);
    }
  });
});

describe('phones', () => {
  it('normalizes to digits', () => {
    expect(normalizePhone('(47) 3333-4444')).toBe('4733334444');
  });

  it('accepts landlines and mobiles with a real DDD, with or without +55', () => {
    expect(isValidPhoneBR('(47) 3333-4444')).toBe(true);
    expect(isValidPhoneBR('(47) 99999-8888')).toBe(true);
    expect(isValidPhoneBR('+55 49 3322-1100')).toBe(true);
    expect(isValidPhoneBR('5511987654321')).toBe(true);
    expect(isValidPhoneBR('(55) 3222-1234')).toBe(true);
  });

  it('rejects unknown DDDs, wrong lengths and impossible first digits', () => {
    expect(isValidPhoneBR('(20) 3333-4444')).toBe(false);
    expect(isValidPhoneBR('(10) 99999-8888')).toBe(false);
    expect(isValidPhoneBR('(47) 3333-444')).toBe(false);
    expect(isValidPhoneBR('(47) 89999-8888')).toBe(false);
    expect(isValidPhoneBR('(47) 9333-4444')).toBe(false);
  });

  it('formats 10- and 11-digit numbers and leaves others alone', () => {
    expect(formatPhoneBR('4733334444')).toBe('(47) 3333-4444');
    expect(formatPhoneBR('47999998888')).toBe('(47) 99999-8888');
    expect(formatPhoneBR('+55 47 99999-8888')).toBe('(47) 99999-8888');
    expect(formatPhoneBR('0800 123')).toBe('0800 123');
  });
});

describe('isValidUrl', () => {
  it('accepts http and https sites', () => {
    expect(isValidUrl('https://www.santin.com.br')).toBe(true);
    expect(isValidUrl('http://santin.com.br/contato?x=1')).toBe(true);
  });

  it('rejects other schemes and bare text', () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://santin.com.br',
      'www.santin.com.br',
      'https://',
      'mailto:a@b.com',
    ]) {
      expect(isValidUrl(url), url).toBe(false);
    }
  });
});
