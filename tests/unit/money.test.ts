import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyBasisPoints,
  cents,
  formatMoney,
  parseMoney,
  splitByWeights,
} from '../../shared/money.ts';

describe('money', () => {
  test('cents are whole and bounded', () => {
    expect(cents(12_345)).toBe(12_345);
    expect(() => cents(1.5)).toThrow(/whole number of cents/);
    expect(() => cents(2 ** 52)).toThrow();
  });

  test('basis points round half away from zero', () => {
    expect(applyBasisPoints(10_000, 2_500)).toBe(2_500);
    expect(applyBasisPoints(5, 5_000)).toBe(3); // 2.5 -> 3
    expect(applyBasisPoints(-5, 5_000)).toBe(-3);
    expect(applyBasisPoints(333, 3_333)).toBe(111); // 110.99 -> 111
  });

  test('a split always adds up to the whole, each part within a cent of its share', () => {
    expect(splitByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByWeights(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = splitByWeights(total, weights);
          const sum = weights.reduce((x, y) => x + y, 0);
          expect(parts.reduce((x, y) => x + y, 0)).toBe(total);
          parts.forEach((p, i) =>
            expect(Math.abs(p - (total * (weights[i] as number)) / sum)).toBeLessThan(1),
          );
        },
      ),
    );
  });

  test('formats and parses by currency', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(-500, 'USD')).toBe('-$5.00');
    expect(formatMoney(1_500, 'JPY')).toBe('¥1,500');
    expect(parseMoney('1,234.5')).toBe(123_450);
    expect(parseMoney('-12')).toBe(-1_200);
    expect(parseMoney('12.345')).toBeNull();
    expect(parseMoney('1,23')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('1500', 'JPY')).toBe(1_500);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        const text = formatMoney(amount, 'USD').replace('$', '');
        expect(parseMoney(text)).toBe(amount);
      }),
    );
  });
});
