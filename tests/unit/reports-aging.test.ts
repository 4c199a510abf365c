import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/dates.ts';
import {
  addToBucket,
  agingBucket,
  emptyBuckets,
  type BucketCents,
} from '../../shared/domain/billing.ts';
import { monthLabel, monthsBetween, sumColumns } from '../../shared/domain/reports.ts';

const AS_OF = '2026-06-30';
const aged = (days: number) => agingBucket(addDays(AS_OF, -days), AS_OF);

describe('aging buckets', () => {
  test('the boundaries: 30|31, 60|61, 90|91 days', () => {
    expect([0, 1, 30].map(aged)).toEqual(['0-30', '0-30', '0-30']);
    expect([31, 60].map(aged)).toEqual(['31-60', '31-60']);
    expect([61, 90].map(aged)).toEqual(['61-90', '61-90']);
    expect([91, 365, 4000].map(aged)).toEqual(['90+', '90+', '90+']);
    expect(agingBucket('2026-07-05', AS_OF)).toBe('0-30'); // dated later: current, not lost
  });

  test('ages count calendar days across month ends and a leap day', () => {
    expect(agingBucket('2024-01-30', '2024-02-29')).toBe('0-30'); // 30 days
    expect(agingBucket('2024-01-29', '2024-02-29')).toBe('31-60'); // 31 days
    expect(agingBucket('2025-12-31', '2026-03-31')).toBe('61-90'); // 90 days
    expect(agingBucket('2025-12-30', '2026-03-31')).toBe('90+'); // 91 days
  });

  test('every cent lands in exactly one bucket: the buckets add up to the amounts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 10_000_00 })),
          {
            maxLength: 60,
          },
        ),
        (charges) => {
          const buckets = emptyBuckets();
          for (const [days, cents] of charges)
            addToBucket(buckets, addDays(AS_OF, -days), AS_OF, cents);
          expect(buckets.reduce((a, b) => a + b, 0)).toBe(charges.reduce((s, [, c]) => s + c, 0));
          const over90 = charges.filter(([d]) => d > 90).reduce((s, [, c]) => s + c, 0);
          expect(buckets[3]).toBe(over90);
        },
      ),
    );
  });

  test('column totals of many rows equal the sum of the row totals', () => {
    const bucket = fc.integer({ min: 0, max: 1_000_000_00 });
    fc.assert(
      fc.property(fc.array(fc.tuple(bucket, bucket, bucket, bucket)), (rows) => {
        const totals = sumColumns<BucketCents>(rows, 4);
        const rowTotals = rows.reduce((s, r) => s + r[0] + r[1] + r[2] + r[3], 0);
        expect(totals.reduce((a, b) => a + b, 0)).toBe(rowTotals);
      }),
    );
  });
});

describe('months', () => {
  test('every month a range touches, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(monthLabel('2026-03')).toBe('March 2026');
  });
});
