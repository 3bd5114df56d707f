import { getBoletoInfo, isValidBoleto } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientSource } from '../../tools/simulators/erp/client-source';
import { renderBoletoPdf } from '../../tools/simulators/erp/boleto-pdf';
import {
  buildBarcode,
  digitableLineFromBarcode,
  dueDateFactor,
  formatDigitableLine,
  itfElements,
} from '../../tools/simulators/erp/febraban';
import { titleCountFor, titlesFor } from '../../tools/simulators/erp/titles';

const REFERENCE = new Date('2026-11-22T12:00:00Z');

describe('linha digitável, checked by an independent library (@brazilian-utils)', () => {
  it('is valid for every title the simulator generates, with amount, due date and bank read back', () => {
    const clients = new ClientSource(300, undefined);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const facts = clients.facts(i);
      for (const t of titlesFor(facts, titleCountFor(i, 300, 3000), 20260722)) {
        expect(isValidBoleto(t.digitableLine), t.digitableLine).toBe(true);
        const info = getBoletoInfo(t.digitableLine, { referenceDate: REFERENCE });
        expect(info?.bankCode).toBe('001');
        expect(info?.amount).toBe(t.amountCents - t.paidCents || t.amountCents);
        expect(info?.expirationDate?.toISOString().slice(0, 10)).toBe(t.dueDate);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2500);
  });

  it('holds for any due date, amount and free field (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000 }),
        fc.integer({ min: 1, max: 99_999_999_99 }),
        fc.stringMatching(/^\d{25}$/),
        (days, amountCents, freeField) => {
          const dueDate = new Date(Date.UTC(2025, 1, 22) + days * 86_400_000).toISOString().slice(0, 10);
          const line = digitableLineFromBarcode(
            buildBarcode({ bankCode: '237', dueDate, amountCents, freeField }),
          );
          expect(isValidBoleto(line)).toBe(true);
          const info = getBoletoInfo(line, { referenceDate: new Date(`${dueDate}T12:00:00Z`) });
          expect(info?.amount).toBe(amountCents);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a single wrong digit is caught', () => {
    const line = digitableLineFromBarcode(
      buildBarcode({
        bankCode: '001',
        dueDate: '2026-12-18',
        amountCents: 17_596,
        freeField: '3000000135590831250045870',
      }),
    );
    for (const position of [3, 12, 25, 33, 40]) {
      const digit = Number(line[position]);
      const broken = line.slice(0, position) + String((digit + 1) % 10) + line.slice(position + 1);
      expect(isValidBoleto(broken), `position ${position}`).toBe(false);
    }
  });

  it('follows the 22/02/2025 restart of the due-date factor', () => {
    expect(dueDateFactor('2025-02-21')).toBe(9999);
    expect(dueDateFactor('2025-02-22')).toBe(1000);
    expect(dueDateFactor('2026-12-18')).toBe(1664);
  });

  it('formats in the five printed groups', () => {
    expect(formatDigitableLine('00190000090114971860168524522114675860000102656')).toBe(
      '00190.00009 01149.718601 68524.522114 6 75860000102656',
    );
  });
});

describe('ITF (Interleaved 2 of 5) barcode', () => {
  const decode = (elements: { bar: boolean; wide: boolean }[]): string => {
    const body = elements.slice(4, -3);
    const DIGITS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'];
    let out = '';
    for (let i = 0; i < body.length; i += 10) {
      const chunk = body.slice(i, i + 10);
      const bars = chunk
        .filter((_, k) => k % 2 === 0)
        .map((e) => (e.wide ? 'w' : 'n'))
        .join('');
      const spaces = chunk
        .filter((_, k) => k % 2 === 1)
        .map((e) => (e.wide ? 'w' : 'n'))
        .join('');
      out += String(DIGITS.indexOf(bars)) + String(DIGITS.indexOf(spaces));
    }
    return out;
  };

  it('encodes the 44-digit barcode with start and stop patterns, two wide of five per digit', () => {
    const barcode = buildBarcode({
      bankCode: '001',
      dueDate: '2026-12-18',
      amountCents: 17_596,
      freeField: '3000000135590831250045870',
    });
    const elements = itfElements(barcode);
    expect(elements).toHaveLength(4 + 44 * 5 + 3);
    expect(elements.slice(0, 4).every((e) => !e.wide)).toBe(true);
    expect(elements.slice(-3).map((e) => [e.bar, e.wide])).toEqual([
      [true, true],
      [false, false],
      [true, false],
    ]);
    expect(decode(elements)).toBe(barcode);
  });
});

describe('boleto PDF', () => {
  it('is a real PDF with payee, payer, due date, amount and the linha digitável as text', async () => {
    const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const clients = new ClientSource(10, undefined);
    const facts = clients.facts(0);
    const title = titlesFor(facts, 10, 20260722).find((t) => t.boletoId === '3000-0001355908');
    if (!title) throw new Error('showcase boleto missing');
    const bytes = await renderBoletoPdf(title, facts);
    const pdf = await getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
    }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text).toContain('Distribuidora Exemplo Oeste S.A.');
    expect(text).toContain('Maximino Santin Comércio de Alimentos Ltda');
    expect(text).toContain('02.407.786/0001-91');
    expect(text).toContain('18/12/2026');
    expect(text).toContain('R$ 175,96');
    expect(text).toContain(formatDigitableLine(title.digitableLine));
    expect(text).toContain('3000-0001355908');
    const ops = await page.getOperatorList();
    // 114 bars (2 start, 5 per digit pair x 22, 2 stop) are drawn as paths, on top of ~23 field boxes.
    expect(ops.fnArray.filter((op) => op === OPS.constructPath).length).toBeGreaterThanOrEqual(114 + 20);
    expect(await renderBoletoPdf(title, facts)).toEqual(bytes);
  });
});
