/**
 * Our CPF/CNPJ rules checked against two independent, maintained libraries:
 * - cpf-cnpj-validator 2.x: `cnpj.isValid` supports the alphanumeric CNPJ (NT RFB 49/2024);
 *   its CPF list of reserved numbers also contains 12345678909, which we accept (see example below).
 * - @brazilian-utils/brazilian-utils 2.x: `isValidCnpj(x, { version: 2 })` accepts numeric and
 *   alphanumeric CNPJs; version 1 (the default) is numeric only.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cnpj as cnpjOracle, cpf as cpfOracle } from 'cpf-cnpj-validator';
import {
  isValidCnpj as brUtilsIsValidCnpj,
  isValidCpf as brUtilsIsValidCpf,
} from '@brazilian-utils/brazilian-utils';
import {
  cnpjCheckDigits,
  cpfCheckDigits,
  formatCnpj,
  formatCpf,
  isValidCnpj,
  isValidCpf,
  normalizeDocument,
} from '../../../shared/domain/document';

const RUNS = { numRuns: 2000 };
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length });
const alnumString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...ALNUM), minLength: length, maxLength: length });
const isRepeated = (s: string) => /^(.)\1*$/.test(s);

const cpfBase = digitString(9).filter((base) => !isRepeated(base));
const validCpf = cpfBase.map((base) => base + cpfCheckDigits(base));
// Random strings are ~1% valid, so mix in near-misses and valid ones to exercise both answers.
const cpfCandidate = fc.oneof(
  digitString(11),
  validCpf,
  fc.tuple(digitString(9), digitString(2)).map(([base, dv]) => base + dv),
);

const numericCnpjBase = digitString(12);
const alnumCnpjBase = alnumString(12).filter((base) => /[A-Z]/.test(base));
const validNumericCnpj = numericCnpjBase
  .map((base) => base + cnpjCheckDigits(base))
  .filter((doc) => !isRepeated(doc));
const validAlnumCnpj = alnumCnpjBase.map((base) => base + cnpjCheckDigits(base));
const cnpjCandidate = fc.oneof(
  digitString(14),
  validNumericCnpj,
  validAlnumCnpj,
  fc.tuple(alnumString(12), digitString(2)).map(([base, dv]) => base + dv),
  fc.tuple(numericCnpjBase, digitString(2)).map(([base, dv]) => base + dv),
);

const flipDigit = (doc: string, index: number, delta: number): string => {
  const flipped = String((Number(doc.charAt(index)) + delta) % 10);
  return doc.slice(0, index) + flipped + doc.slice(index + 1);
};

describe('isValidCpf agrees with the oracles', () => {
  it('on random and near-valid 11-digit strings', () => {
    fc.assert(
      fc.property(cpfCandidate, (doc) => {
        expect(isValidCpf(doc)).toBe(brUtilsIsValidCpf(doc));
        if (doc !== '12345678909') expect(isValidCpf(doc)).toBe(cpfOracle.isValid(doc));
      }),
      RUNS,
    );
  });

  it('generated-valid CPFs are accepted by both libraries', () => {
    fc.assert(
      fc.property(validCpf, (doc) => {
        expect(isValidCpf(doc)).toBe(true);
        expect(brUtilsIsValidCpf(doc)).toBe(true);
        if (doc !== '12345678909') expect(cpfOracle.isValid(doc)).toBe(true);
      }),
      RUNS,
    );
  });

  it('our check digits equal the oracle verifier digits', () => {
    fc.assert(
      fc.property(digitString(9), (base) => {
        const first = cpfOracle.verifierDigit(base);
        const second = cpfOracle.verifierDigit(base + String(first));
        expect(cpfCheckDigits(base)).toBe(`${first}${second}`);
      }),
      RUNS,
    );
  });

  it('formatting then normalizing round-trips, and the mask is accepted', () => {
    fc.assert(
      fc.property(validCpf, (doc) => {
        const masked = formatCpf(doc);
        expect(masked).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
        expect(normalizeDocument(masked)).toBe(doc);
        expect(isValidCpf(masked)).toBe(true);
        expect(brUtilsIsValidCpf(masked)).toBe(true);
      }),
      RUNS,
    );
  });

  it('changing one check digit invalidates the CPF', () => {
    fc.assert(
      fc.property(validCpf, fc.constantFrom(9, 10), fc.integer({ min: 1, max: 9 }), (doc, index, delta) => {
        const broken = flipDigit(doc, index, delta);
        expect(isValidCpf(broken)).toBe(false);
        expect(brUtilsIsValidCpf(broken)).toBe(false);
      }),
      RUNS,
    );
  });

  it('12345678909 is a valid checksum: we accept it like brazilian-utils, cpf-cnpj-validator reserves it', () => {
    expect(isValidCpf('12345678909')).toBe(true);
    expect(brUtilsIsValidCpf('12345678909')).toBe(true);
    expect(cpfOracle.isValid('12345678909')).toBe(false);
  });
});

describe('isValidCnpj agrees with the oracles (numeric and alphanumeric)', () => {
  it('on random, near-valid and valid 14-char strings', () => {
    fc.assert(
      fc.property(cnpjCandidate, (doc) => {
        const ours = isValidCnpj(doc);
        expect(ours).toBe(cnpjOracle.isValid(doc));
        expect(ours).toBe(brUtilsIsValidCnpj(doc, { version: 2 }));
      }),
      RUNS,
    );
  });

  it('generated-valid numeric CNPJs are accepted by both libraries, also in their numeric-only mode', () => {
    fc.assert(
      fc.property(validNumericCnpj, (doc) => {
        expect(isValidCnpj(doc)).toBe(true);
        expect(cnpjOracle.isValid(doc)).toBe(true);
        expect(brUtilsIsValidCnpj(doc)).toBe(true);
      }),
      RUNS,
    );
  });

  it('generated-valid alphanumeric CNPJs are accepted by both libraries', () => {
    fc.assert(
      fc.property(validAlnumCnpj, (doc) => {
        expect(isValidCnpj(doc)).toBe(true);
        expect(cnpjOracle.isValid(doc)).toBe(true);
        expect(brUtilsIsValidCnpj(doc, { version: 2 })).toBe(true);
      }),
      RUNS,
    );
  });

  it('our check digits equal the oracle verifier digits for alphanumeric bases', () => {
    fc.assert(
      fc.property(alnumString(12), (base) => {
        const first = cnpjOracle.verifierDigit(base);
        const second = cnpjOracle.verifierDigit(base + String(first));
        expect(cnpjCheckDigits(base)).toBe(`${first}${second}`);
      }),
      RUNS,
    );
  });

  it('formatting then normalizing round-trips, and the mask is accepted', () => {
    fc.assert(
      fc.property(fc.oneof(validNumericCnpj, validAlnumCnpj), (doc) => {
        const masked = formatCnpj(doc);
        expect(masked).toMatch(/^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}$/);
        expect(normalizeDocument(masked)).toBe(doc);
        expect(normalizeDocument(masked.toLowerCase())).toBe(doc);
        expect(isValidCnpj(masked)).toBe(true);
        expect(cnpjOracle.isValid(masked)).toBe(true);
      }),
      RUNS,
    );
  });

  it('changing one check digit invalidates the CNPJ', () => {
    fc.assert(
      fc.property(
        fc.oneof(validNumericCnpj, validAlnumCnpj),
        fc.constantFrom(12, 13),
        fc.integer({ min: 1, max: 9 }),
        (doc, index, delta) => {
          const broken = flipDigit(doc, index, delta);
          expect(isValidCnpj(broken)).toBe(false);
          expect(cnpjOracle.isValid(broken)).toBe(false);
        },
      ),
      RUNS,
    );
  });
});
