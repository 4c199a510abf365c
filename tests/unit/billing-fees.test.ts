import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  codeForMinutes,
  describeArrangement,
  insuranceSplit,
  parsePercent,
  percentText,
  sessionFee,
} from '../../shared/domain/billing.ts';

describe('the psychotherapy time rule', () => {
  test.each([
    [15, null],
    [16, '90832'],
    [37, '90832'],
    [38, '90834'],
    [52, '90834'],
    [53, '90837'],
    [90, '90837'],
  ])('%i minutes: %s', (minutes, code) => {
    expect(codeForMinutes(minutes)).toBe(code);
  });
});

describe('a session’s fee', () => {
  const sliding = (discountBp: number) =>
    ({ kind: 'sliding', rateCents: null, discountBp, reason: 'Reduced income' }) as const;

  test('standard, own rate and sliding scale', () => {
    expect(sessionFee(150_00, 1, null).amountCents).toBe(150_00);
    expect(sessionFee(150_00, 2, null).amountCents).toBe(300_00);
    expect(
      sessionFee(150_00, 1, { kind: 'rate', rateCents: 90_00, discountBp: null, reason: 'x' })
        .amountCents,
    ).toBe(90_00);
    expect(sessionFee(150_00, 1, sliding(4000))).toEqual({
      amountCents: 90_00,
      standardCents: 150_00,
      discountCents: 60_00,
    });
  });

  test('the discount rounds half up and the charged amount is the rest', () => {
    // 12.5% of $1.00 is 12.5 cents: the discount is 13, the client is charged 87.
    expect(sessionFee(100, 1, sliding(1250))).toMatchObject({ discountCents: 13, amountCents: 87 });
    // 33.33% of $0.01 is 0.3333 cents: no discount.
    expect(sessionFee(1, 1, sliding(3333))).toMatchObject({ discountCents: 0, amountCents: 1 });
    expect(sessionFee(150_00, 1, sliding(10_000)).amountCents).toBe(0);
  });

  test('property: charged + discount is always the standard fee, and never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_00 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 10_000 }),
        (fee, units, bp) => {
          const f = sessionFee(fee, units, sliding(bp));
          expect(f.amountCents + f.discountCents).toBe(fee * units);
          expect(f.amountCents).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(f.discountCents)).toBe(true);
          // Half up: the discount is within half a cent of the exact one.
          expect(Math.abs(f.discountCents - (fee * units * bp) / 10_000)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });

  test('in words, for the charge line', () => {
    expect(describeArrangement(sliding(4000), 'USD')).toBe('Sliding scale 40% (Reduced income)');
    expect(
      describeArrangement({ kind: 'rate', rateCents: 9000, discountBp: null, reason: 'x' }, 'USD'),
    ).toBe('Client rate $90.00 (x)');
    expect(describeArrangement(null, 'USD')).toBe('Standard fee');
    expect(percentText(1250)).toBe('12.5%');
  });
});

describe('an insurance charge’s split', () => {
  test('copay plus coinsurance of the rest, never more than the charge', () => {
    expect(insuranceSplit(150_00, 25_00, 0)).toEqual({
      clientShareCents: 25_00,
      payerShareCents: 125_00,
    });
    // $25 copay + 20% of $125 = $50.
    expect(insuranceSplit(150_00, 25_00, 2000)).toEqual({
      clientShareCents: 50_00,
      payerShareCents: 100_00,
    });
    expect(insuranceSplit(20_00, 25_00, 2000)).toEqual({
      clientShareCents: 20_00,
      payerShareCents: 0,
    });
    // 10% of 5 cents is half a cent: rounds up to the client.
    expect(insuranceSplit(5, 0, 1000)).toEqual({ clientShareCents: 1, payerShareCents: 4 });
  });

  test('property: the parts add up to the charge and neither is negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_00 }),
        fc.integer({ min: 0, max: 100_000_00 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, copay, bp) => {
          const s = insuranceSplit(amount, copay, bp);
          expect(s.clientShareCents + s.payerShareCents).toBe(amount);
          expect(s.clientShareCents).toBeGreaterThanOrEqual(0);
          expect(s.payerShareCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('percentages as typed', () => {
  test.each([
    ['40', 4000],
    ['12.5', 1250],
    ['12.50%', 1250],
    ['0.01', 1],
    ['100', 10_000],
    ['abc', null],
    ['-5', null],
    ['1.234', null],
    ['', null],
  ])('%s', (text, bp) => {
    expect(parsePercent(text)).toBe(bp);
  });
});
