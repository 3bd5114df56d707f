import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createPrng } from '../../../shared/domain/prng';

describe('createPrng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createPrng(20260722);
    const b = createPrng(20260722);
    const c = createPrng(20260723);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps next() in [0, 1) and int() within inclusive bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const prng = createPrng(seed);
        for (let i = 0; i < 50; i++) {
          const x = prng.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = prng.int(min, min + span);
          expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
        }
      }),
    );
  });

  it('reaches both ends of an int range and every item of a list', () => {
    const prng = createPrng(1);
    const ints = new Set(Array.from({ length: 2000 }, () => prng.int(1, 6)));
    expect([...ints].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const picked = new Set(Array.from({ length: 2000 }, () => prng.pick(['SC', 'SP', 'PE'])));
    expect(picked.size).toBe(3);
  });

  it('chance(p) hits roughly p of the time', () => {
    const prng = createPrng(42);
    const hits = Array.from({ length: 10_000 }, () => prng.chance(0.7)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(6700);
    expect(hits).toBeLessThan(7300);
  });

  it('refuses empty lists and inverted ranges', () => {
    const prng = createPrng(1);
    expect(() => prng.pick([])).toThrow(RangeError);
    expect(() => prng.int(5, 1)).toThrow(RangeError);
  });
});
