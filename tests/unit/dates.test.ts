import { describe, expect, test } from 'vitest';
import {
  addDays,
  dateInZone,
  dayRangeUtc,
  isCalendarDate,
  isValidTimeZone,
  zonedTimeToUtc,
} from '../../shared/dates.ts';

describe('dates', () => {
  test('calendar dates are real dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });

  test('wall-clock times map to UTC across daylight saving', () => {
    expect(zonedTimeToUtc('2026-01-15', '10:00', 'America/New_York').toISOString()).toBe(
      '2026-01-15T15:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-07-15', '10:00', 'America/New_York').toISOString()).toBe(
      '2026-07-15T14:00:00.000Z',
    );
    // Spring forward: 02:30 does not exist; it moves forward by the gap.
    expect(zonedTimeToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    // Fall back: 01:30 happens twice; the first one is used.
    expect(zonedTimeToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // East of UTC too: London and Sydney fall back, and the earlier 01:30 / 02:30 is used.
    expect(zonedTimeToUtc('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-04-05', '02:30', 'Australia/Sydney').toISOString()).toBe(
      '2026-04-04T15:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-03-29', '01:30', 'Europe/London').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-06-01', '09:00', 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-05-31T22:30:00.000Z',
    ); // UTC+10:30 in winter;
  });

  test('day ranges follow the practice time zone, including 23- and 25-hour days', () => {
    const spring = dayRangeUtc('2026-03-08', '2026-03-08', 'America/New_York');
    expect((spring.end.getTime() - spring.start.getTime()) / 3600_000).toBe(23);
    const fall = dayRangeUtc('2026-11-01', '2026-11-01', 'America/New_York');
    expect((fall.end.getTime() - fall.start.getTime()) / 3600_000).toBe(25);
    expect(dateInZone(new Date('2026-03-03T04:59:00Z'), 'America/Chicago')).toBe('2026-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('time zone names', () => {
  test('known zones are accepted and others refused, the same on every asking (answers are remembered)', () => {
    const cases: [string, boolean][] = [
      ['America/New_York', true],
      ['UTC', true],
      ['Asia/Kolkata', true],
      ['Australia/Lord_Howe', true],
      ['Mars/Olympus', false],
      ['America/Nowhere', false],
      ['EST', false],
      ['', false],
      // Intl matches zone names regardless of case.
      ['america/new_york', true],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [zone, valid] of cases) {
        expect(isValidTimeZone(zone)).toBe(valid);
      }
    }
  });

  test('many distinct names (typed input) are still answered right beyond the remembered few', () => {
    for (let i = 0; i < 600; i++) expect(isValidTimeZone(`Nowhere/Place_${i}`)).toBe(false);
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Nowhere/Place_1')).toBe(false);
  });
});
