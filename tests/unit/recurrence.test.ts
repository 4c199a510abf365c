import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { addDays, zoneOffsetMinutes } from '../../shared/dates.ts';
import {
  MAX_CACHED_DESCRIPTIONS,
  MAX_SESSIONS,
  WEEKDAYS,
  cachedDescriptionCount,
  derivedNth,
  describeRecurrence,
  describeRRule,
  expandRecurrence,
  parseRRule,
  recurrence,
  recurringSeries,
  splitRecurrence,
  toRRule,
  type Nth,
  type Recurrence,
  type SessionStart,
} from '../../shared/recurrence.ts';

const NY = 'America/New_York';
const LONDON = 'Europe/London';

const dates = (rec: Recurrence, start: SessionStart, zone = 'UTC') =>
  expandRecurrence(rec, start, zone).map((o) => o.date);

const weekly = (end: Recurrence['end'], more: Partial<Recurrence> = {}): Recurrence =>
  ({ freq: 'weekly', interval: 1, end, ...more }) as Recurrence;

/** The message zod gives for a series, or 'ok'. */
function seriesMessage(start: SessionStart, rec: unknown): string {
  const result = recurringSeries.safeParse({ start, rec });
  return result.success ? 'ok' : (result.error.issues[0]?.message ?? '');
}

// ---- generators for the property tests ----

const arbStart: fc.Arbitrary<SessionStart> = fc.record({
  date: fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDays('2020-01-01', n)),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});

const arbEnd = (start: SessionStart): fc.Arbitrary<Recurrence['end']> =>
  fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((count) => ({ count })),
    fc.integer({ min: 0, max: 180 }).map((n) => ({ until: addDays(start.date, n) })),
  );

function fitsNth(date: string, nth: Nth): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return nth === -1 ? d + 7 > daysInMonth : Math.ceil(d / 7) === nth;
}

function weekdayOf(date: string) {
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] as (typeof WEEKDAYS)[number];
}

/**
 * Series whose first session matches the rule ("synchronized", as RFC 5545 asks) or, when
 * `anyStart`, also series whose first session falls outside it.
 */
function arbSeries(anyStart: boolean): fc.Arbitrary<{ start: SessionStart; rec: Recurrence }> {
  return arbStart.chain((start) => {
    const days = fc
      .shuffledSubarray([...WEEKDAYS], { minLength: 1 })
      .filter((d) => anyStart || d.includes(weekdayOf(start.date)));
    const weeklyRec = fc.record(
      {
        freq: fc.constant('weekly' as const),
        interval: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 52 })),
        byWeekday: days,
        end: arbEnd(start),
      },
      { requiredKeys: ['freq', 'interval', 'end'] },
    );
    const nths = ([1, 2, 3, 4, -1] as const).filter((n) => anyStart || fitsNth(start.date, n));
    const monthlyRec = fc.oneof(
      fc.record({
        freq: fc.constant('monthly' as const),
        interval: fc.integer({ min: 1, max: 12 }),
        by: fc.constant('month-day' as const),
        end: arbEnd(start),
      }),
      fc.record(
        {
          freq: fc.constant('monthly' as const),
          interval: fc.integer({ min: 1, max: 12 }),
          by: fc.constant('nth-weekday' as const),
          nth: fc.constantFrom(...nths),
          end: arbEnd(start),
        },
        { requiredKeys: ['freq', 'interval', 'by', 'end'] },
      ),
    );
    return fc.record({ start: fc.constant(start), rec: fc.oneof(weeklyRec, monthlyRec) });
  });
}

const arbZone = fc.constantFrom(NY, LONDON, 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC');

describe('recurrence schema', () => {
  test('accepts the documented shapes', () => {
    const ok: unknown[] = [
      { freq: 'weekly', interval: 1, end: { count: 10 } },
      { freq: 'weekly', interval: 52, byWeekday: ['MO', 'TH'], end: { until: '2026-06-01' } },
      { freq: 'monthly', interval: 12, by: 'month-day', end: { count: 520 } },
      { freq: 'monthly', interval: 1, by: 'nth-weekday', nth: -1, end: { count: 1 } },
    ];
    for (const value of ok) expect(recurrence.safeParse(value).success).toBe(true);
  });

  test('explains each mistake in words a counselor uses', () => {
    const message = (value: unknown) => recurrence.safeParse(value).error?.issues[0]?.message;
    expect(message(weekly({ count: 0 }))).toBe('Choose how many sessions, from 1 to 520.');
    expect(message(weekly({ count: 521 }))).toBe('Choose how many sessions, from 1 to 520.');
    expect(message(weekly({ count: 2.5 }))).toBe('Choose how many sessions, from 1 to 520.');
    expect(message(weekly({ until: '2026-02-30' }))).toMatch(/real date/);
    expect(message({ freq: 'weekly', interval: 1, end: {} })).toBe(
      'Choose a number of sessions or a last date.',
    );
    expect(message(weekly({ count: 3 }, { interval: 53 }))).toBe('Repeat every 1 to 52 weeks.');
    expect(message({ freq: 'monthly', interval: 13, by: 'month-day', end: { count: 3 } })).toBe(
      'Repeat every 1 to 12 months.',
    );
    expect(message(weekly({ count: 3 }, { byWeekday: [] }))).toBe(
      'Choose at least one day of the week.',
    );
    expect(message(weekly({ count: 3 }, { byWeekday: ['MO', 'MO'] }))).toBe(
      'Choose each day of the week once.',
    );
    expect(
      message({ freq: 'monthly', interval: 1, by: 'month-day', nth: 2, end: { count: 3 } }),
    ).toMatch(/only applies when the session follows the weekday/);
    expect(message({ freq: 'daily', interval: 1, end: { count: 3 } })).toBe(
      'Choose weekly or monthly.',
    );
  });

  test('a series checks its last date and ordinal against the first session', () => {
    const start = { date: '2026-01-13', time: '10:00' }; // the second Tuesday of January
    expect(seriesMessage(start, weekly({ until: '2026-01-13' }))).toBe('ok');
    expect(seriesMessage(start, weekly({ until: '2026-01-12' }))).toBe(
      'The last date must be on or after the first session.',
    );
    expect(seriesMessage(start, weekly({ until: '2031-01-13' }))).toBe('ok');
    expect(seriesMessage(start, weekly({ until: '2031-01-14' }))).toBe(
      'The last date can be at most 5 years after the first session.',
    );
    // Every day for a bit under five years is far more than 520 sessions.
    expect(
      seriesMessage(start, weekly({ until: '2030-01-01' }, { byWeekday: [...WEEKDAYS] })),
    ).toBe('That makes more than 520 sessions. Choose an earlier last date.');
    const monthly = (nth?: Nth) => ({
      freq: 'monthly',
      interval: 1,
      by: 'nth-weekday',
      ...(nth === undefined ? {} : { nth }),
      end: { count: 3 },
    });
    expect(seriesMessage(start, monthly())).toBe('ok');
    expect(seriesMessage(start, monthly(2))).toBe('ok');
    expect(seriesMessage(start, monthly(-1))).toBe(
      'The first session is not on the last Tuesday of its month. Choose the week it falls in.',
    );
    // Feb 24, 2026 is both the fourth and the last Tuesday: either may be chosen.
    const feb24 = { date: '2026-02-24', time: '10:00' };
    expect(seriesMessage(feb24, monthly(4))).toBe('ok');
    expect(seriesMessage(feb24, monthly(-1))).toBe('ok');
    // A broken rule is reported as such, without trying to expand it.
    expect(seriesMessage(start, weekly({ until: '2027-01-01' }, { interval: 0 }))).toBe(
      'Repeat every 1 to 52 weeks.',
    );
  });
});

describe('expandRecurrence across daylight saving', () => {
  test('New York: a weekly 10:00 session stays at 10:00 local through both changes', () => {
    const spring = expandRecurrence(
      weekly({ count: 3 }),
      { date: '2026-03-01', time: '10:00' },
      NY,
    );
    expect(spring).toEqual([
      { date: '2026-03-01', time: '10:00', startUtc: '2026-03-01T15:00:00.000Z' },
      { date: '2026-03-08', time: '10:00', startUtc: '2026-03-08T14:00:00.000Z' },
      { date: '2026-03-15', time: '10:00', startUtc: '2026-03-15T14:00:00.000Z' },
    ]);
    const fall = expandRecurrence(weekly({ count: 2 }), { date: '2026-10-25', time: '10:00' }, NY);
    expect(fall.map((o) => [o.time, o.startUtc])).toEqual([
      ['10:00', '2026-10-25T14:00:00.000Z'],
      ['10:00', '2026-11-01T15:00:00.000Z'],
    ]);
  });

  test('London: the UTC hour shifts on the last Sundays of March and October', () => {
    const start = { date: '2026-03-22', time: '10:00' };
    expect(expandRecurrence(weekly({ count: 2 }), start, LONDON).map((o) => o.startUtc)).toEqual([
      '2026-03-22T10:00:00.000Z',
      '2026-03-29T09:00:00.000Z',
    ]);
    const fall = { date: '2026-10-18', time: '10:00' };
    expect(expandRecurrence(weekly({ count: 2 }), fall, LONDON).map((o) => o.startUtc)).toEqual([
      '2026-10-18T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
    ]);
  });

  test('a time in the spring-forward gap moves forward by the gap, only on that day', () => {
    const ny = expandRecurrence(weekly({ count: 3 }), { date: '2026-03-01', time: '02:30' }, NY);
    expect(ny).toEqual([
      { date: '2026-03-01', time: '02:30', startUtc: '2026-03-01T07:30:00.000Z' },
      { date: '2026-03-08', time: '03:30', startUtc: '2026-03-08T07:30:00.000Z' },
      { date: '2026-03-15', time: '02:30', startUtc: '2026-03-15T06:30:00.000Z' },
    ]);
    const london = expandRecurrence(
      weekly({ count: 1 }),
      { date: '2026-03-29', time: '01:30' },
      LONDON,
    );
    expect(london).toEqual([
      { date: '2026-03-29', time: '02:30', startUtc: '2026-03-29T01:30:00.000Z' },
    ]);
  });

  test('a time that happens twice on the fall-back day takes the first instant', () => {
    const ny = expandRecurrence(weekly({ count: 2 }), { date: '2026-10-25', time: '01:30' }, NY);
    expect(ny.map((o) => o.startUtc)).toEqual([
      '2026-10-25T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, not the 01:30 EST an hour later
    ]);
    const london = expandRecurrence(
      weekly({ count: 2 }),
      { date: '2026-10-18', time: '01:30' },
      LONDON,
    );
    expect(london.map((o) => o.startUtc)).toEqual([
      '2026-10-18T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // 01:30 BST, not the 01:30 GMT an hour later
    ]);
  });

  test('property: outside the transition hours every session is at the same local time', () => {
    fc.assert(
      fc.property(arbSeries(true), fc.constantFrom(NY, LONDON), ({ start, rec }, zone) => {
        fc.pre(start.time < '00:30' || start.time >= '03:00');
        for (const o of expandRecurrence(rec, start, zone)) {
          expect(o.time).toBe(start.time);
          const utc = new Date(o.startUtc);
          const wall = utc.getTime() + zoneOffsetMinutes(utc, zone) * 60_000;
          expect(new Date(wall).toISOString().slice(0, 16)).toBe(`${o.date}T${o.time}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('expandRecurrence rules', () => {
  test('count includes the first session; until is inclusive of its local date', () => {
    const start = { date: '2026-01-05', time: '09:00' };
    expect(dates(weekly({ count: 3 }), start)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(dates(weekly({ count: 1 }), start)).toEqual(['2026-01-05']);
    expect(dates(weekly({ until: '2026-01-19' }), start)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
    ]);
    expect(dates(weekly({ until: '2026-01-18' }), start)).toEqual(['2026-01-05', '2026-01-12']);
    expect(dates(weekly({ until: '2026-01-05' }), start)).toEqual(['2026-01-05']);
    // A late-evening session on the last date is still included in a zone west of UTC.
    const late = { date: '2026-01-05', time: '23:30' };
    expect(dates(weekly({ until: '2026-01-12' }), late, NY)).toEqual(['2026-01-05', '2026-01-12']);
  });

  test('every 2 weeks on several weekdays', () => {
    const rec = weekly({ count: 7 }, { interval: 2, byWeekday: ['TH', 'MO'] });
    expect(dates(rec, { date: '2026-01-12', time: '10:00' })).toEqual([
      '2026-01-12',
      '2026-01-15',
      '2026-01-26',
      '2026-01-29',
      '2026-02-09',
      '2026-02-12',
      '2026-02-23',
    ]);
    // Weeks start on Monday (RFC 5545 WKST=MO): from a Thursday, that week's Monday is past.
    const fromThursday = weekly({ count: 4 }, { interval: 3, byWeekday: ['MO', 'TH'] });
    expect(dates(fromThursday, { date: '2026-01-15', time: '10:00' })).toEqual([
      '2026-01-15',
      '2026-02-02',
      '2026-02-05',
      '2026-02-23',
    ]);
  });

  test('a first session outside the weekdays still counts as the first (RFC 5545 DTSTART)', () => {
    const rec = weekly({ count: 3 }, { byWeekday: ['MO', 'FR'] });
    expect(dates(rec, { date: '2026-01-07', time: '10:00' })).toEqual([
      '2026-01-07', // a Wednesday
      '2026-01-09',
      '2026-01-12',
    ]);
  });

  test('monthly on day 31 skips months without one', () => {
    const rec: Recurrence = { freq: 'monthly', interval: 1, by: 'month-day', end: { count: 6 } };
    expect(dates(rec, { date: '2026-01-31', time: '10:00' })).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
    ]);
    const every2: Recurrence = { ...rec, interval: 2, end: { until: '2026-12-31' } };
    expect(dates(every2, { date: '2026-01-31', time: '10:00' })).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      // Sep 30 and Nov 30 have no 31st.
    ]);
  });

  test('February 29: weekly is unaffected; monthly on day 29 skips February in other years', () => {
    const leap = { date: '2028-02-29', time: '10:00' };
    expect(dates(weekly({ count: 2 }), leap)).toEqual(['2028-02-29', '2028-03-07']);
    const monthly: Recurrence = {
      freq: 'monthly',
      interval: 1,
      by: 'month-day',
      end: { count: 4 },
    };
    expect(dates(monthly, { date: '2026-12-29', time: '10:00' })).toEqual([
      '2026-12-29',
      '2027-01-29',
      '2027-03-29',
      '2027-04-29',
    ]);
    expect(
      dates({ ...monthly, end: { until: '2028-03-29' } }, { date: '2028-01-29', time: '10:00' }),
    ).toEqual(['2028-01-29', '2028-02-29', '2028-03-29']);
    const yearly: Recurrence = { ...monthly, interval: 12, end: { count: 3 } };
    expect(dates(yearly, leap)).toEqual(['2028-02-29', '2032-02-29', '2036-02-29']);
  });

  test('monthly on the nth weekday, including the last', () => {
    const byWeekday = (end: Recurrence['end'], nth?: Nth): Recurrence => ({
      freq: 'monthly',
      interval: 1,
      by: 'nth-weekday',
      ...(nth === undefined ? {} : { nth }),
      end,
    });
    // Jan 13, 2026 is the second Tuesday.
    expect(dates(byWeekday({ count: 3 }), { date: '2026-01-13', time: '10:00' })).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
    ]);
    // Mar 31, 2026 is a fifth Tuesday, so the series is "the last Tuesday".
    expect(derivedNth('2026-03-31')).toBe(-1);
    expect(dates(byWeekday({ count: 3 }), { date: '2026-03-31', time: '10:00' })).toEqual([
      '2026-03-31',
      '2026-04-28',
      '2026-05-26',
    ]);
    // Feb 24, 2026 is the fourth Tuesday and also the last: the counselor chooses which.
    const feb24 = { date: '2026-02-24', time: '10:00' };
    expect(dates(byWeekday({ count: 2 }), feb24)).toEqual(['2026-02-24', '2026-03-24']);
    expect(dates(byWeekday({ count: 2 }, -1), feb24)).toEqual(['2026-02-24', '2026-03-31']);
    const quarterly = { ...byWeekday({ until: '2026-12-31' }), interval: 3 } as Recurrence;
    expect(dates(quarterly, { date: '2026-01-02', time: '10:00' })).toEqual([
      '2026-01-02', // first Friday
      '2026-04-03',
      '2026-07-03',
      '2026-10-02',
    ]);
  });

  test('never more than 520 sessions, and refuses a rule that is not valid', () => {
    const everyDay = weekly({ until: '2030-12-31' }, { byWeekday: [...WEEKDAYS] });
    const all = expandRecurrence(everyDay, { date: '2026-01-01', time: '10:00' }, 'UTC');
    expect(all).toHaveLength(MAX_SESSIONS);
    expect(all.at(-1)?.date).toBe(addDays('2026-01-01', MAX_SESSIONS - 1));
    const start = { date: '2026-01-01', time: '10:00' };
    expect(() =>
      expandRecurrence(weekly({ until: '2027-01-01' }, { interval: 0 }), start, 'UTC'),
    ).toThrow(/Repeat every 1 to 52 weeks/);
    expect(() =>
      expandRecurrence(weekly({ count: 1 }), { date: '2026-01-01', time: '25:00' }, 'UTC'),
    ).toThrow(/HH:MM/);
    expect(() => expandRecurrence(weekly({ count: 1 }), start, 'Mars/Olympus')).toThrow(
      /time zone/,
    );
  });

  test('property: the same sessions as ical.js for rules synchronized with their start', () => {
    fc.assert(
      fc.property(arbSeries(false), ({ start, rec }) => {
        // UTC: ical.js knows that zone without a VTIMEZONE, so its input is our own RRULE text.
        const text = [
          'BEGIN:VCALENDAR',
          'BEGIN:VEVENT',
          'UID:x',
          toRRule(rec, start, 'UTC'),
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n');
        const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
        if (!vevent) throw new Error('ical.js found no VEVENT');
        const iterator = new ICAL.Event(vevent).iterator();
        const theirs: string[] = [];
        for (let t = iterator.next(); t && theirs.length < MAX_SESSIONS; t = iterator.next()) {
          theirs.push(t.toString().slice(0, 16));
        }
        const ours = expandRecurrence(rec, start, 'UTC').map((o) => `${o.date}T${o.time}`);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 150 },
    );
  });
});

describe('toRRule and parseRRule', () => {
  test('writes the RFC 5545 lines', () => {
    const start = { date: '2026-01-12', time: '10:00' };
    expect(
      toRRule(weekly({ count: 10 }, { interval: 2, byWeekday: ['MO', 'TH'] }), start, NY),
    ).toBe(
      'DTSTART;TZID=America/New_York:20260112T100000\r\n' +
        'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10',
    );
    // UNTIL is the last second of that local day, in UTC: 23:59:59 EDT on May 31.
    expect(toRRule(weekly({ until: '2026-05-31' }), start, NY)).toBe(
      'DTSTART;TZID=America/New_York:20260112T100000\r\n' +
        'RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260601T035959Z',
    );
    expect(
      toRRule(
        { freq: 'monthly', interval: 1, by: 'nth-weekday', end: { count: 6 } },
        { date: '2026-03-31', time: '08:15' },
        LONDON,
      ),
    ).toBe(
      'DTSTART;TZID=Europe/London:20260331T081500\r\n' +
        'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;COUNT=6',
    );
    expect(
      toRRule(
        { freq: 'monthly', interval: 3, by: 'month-day', end: { until: '2026-12-31' } },
        { date: '2026-01-31', time: '17:00' },
        LONDON,
      ),
    ).toBe(
      'DTSTART;TZID=Europe/London:20260131T170000\r\n' +
        'RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31;UNTIL=20261231T235959Z',
    );
  });

  test('property: parseRRule reads back exactly what toRRule writes', () => {
    fc.assert(
      fc.property(arbSeries(true), arbZone, ({ start, rec }, zone) => {
        const text = toRRule(rec, start, zone);
        const back = parseRRule(text);
        // An ordinal equal to the one the start implies is the same rule, written the same way.
        const expected =
          rec.freq === 'monthly' && rec.nth === derivedNth(start.date)
            ? { ...rec, nth: undefined }
            : rec;
        expect(back).toEqual({ start, zone, rec: expected });
        expect(toRRule(back.rec, back.start, back.zone)).toBe(text);
        expect(parseRRule(text.replace('\r\n', '\n'))).toEqual(back);
      }),
      { numRuns: 300 },
    );
  });

  test('refuses anything else, saying why', () => {
    const dt = 'DTSTART;TZID=America/New_York:20260113T100000';
    const bad: Array<[string, RegExp]> = [
      ['', /two lines/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3\r\nEXDATE:20260120T100000`, /two lines/],
      ['DTSTART:20260113T100000\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3', /DTSTART;TZID=/],
      [
        'DTSTART;TZID=America/New_York:20260113T100030\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3',
        /DTSTART;TZID=/,
      ],
      [
        'DTSTART;TZID=Mars/Olympus:20260113T100000\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3',
        /unknown time zone/,
      ],
      [
        'DTSTART;TZID=America/New_York:20260230T100000\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3',
        /not a real date/,
      ],
      [`${dt}\r\nrrule:FREQ=WEEKLY;INTERVAL=1;COUNT=3`, /second line must be RRULE/],
      [`${dt}\r\nRRULE:FREQ=DAILY;INTERVAL=1;COUNT=3`, /FREQ must be WEEKLY or MONTHLY/],
      [
        `${dt}\r\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;COUNT=3`,
        /BYSETPOS is not supported/,
      ],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3;COUNT=4`, /NAME=VALUE/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1`, /exactly one of COUNT or UNTIL/],
      [
        `${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3;UNTIL=20260601T035959Z`,
        /exactly one of COUNT or UNTIL/,
      ],
      [
        `${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=600`,
        /Choose how many sessions, from 1 to 520/,
      ],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=three`, /COUNT must be a whole number/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,MO;COUNT=3`, /each day of the week once/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260601`, /UNTIL must be a UTC time/],
      [
        `${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260601T120000Z`,
        /not in the form Accord writes/,
      ],
      [`${dt}\r\nRRULE:INTERVAL=1;FREQ=WEEKLY;COUNT=3`, /not in the form Accord writes/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;COUNT=3`, /Repeat every 1 to 52 weeks/],
      [`${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=01;COUNT=3`, /not in the form Accord writes/],
      [
        `${dt}\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYMONTHDAY=13;COUNT=3`,
        /only goes with FREQ=MONTHLY/,
      ],
      [`${dt}\r\nRRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=3`, /exactly one of BYDAY or BYMONTHDAY/],
      [
        `${dt}\r\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=14;COUNT=3`,
        /day of the month of DTSTART/,
      ],
      [`${dt}\r\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=5TU;COUNT=3`, /like 2TU or -1FR/],
      [`${dt}\r\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2WE;COUNT=3`, /weekday of DTSTART/],
    ];
    for (const [text, reason] of bad) {
      expect(() => parseRRule(text), text).toThrow(reason);
    }
    expect(() => parseRRule('')).toThrow(/^This repeat rule cannot be read: /);
  });
});

describe('splitRecurrence (this and following)', () => {
  const start = { date: '2026-01-12', time: '10:00' };
  const rec = weekly({ count: 6 }, { byWeekday: ['MO', 'TH'] });

  test('at the first session nothing comes before', () => {
    expect(splitRecurrence(rec, start, NY, '2026-01-12')).toEqual({
      before: null,
      after: { rec, start },
    });
  });

  test('in the middle, by count and by last date', () => {
    expect(splitRecurrence(rec, start, NY, '2026-01-19')).toEqual({
      before: { ...rec, end: { count: 2 } },
      after: { rec: { ...rec, end: { count: 4 } }, start: { date: '2026-01-19', time: '10:00' } },
    });
    const untilRec = weekly({ until: '2026-01-29' }, { byWeekday: ['MO', 'TH'] });
    expect(splitRecurrence(untilRec, start, NY, '2026-01-19')).toEqual({
      before: { ...untilRec, end: { until: '2026-01-15' } },
      after: { rec: untilRec, start: { date: '2026-01-19', time: '10:00' } },
    });
  });

  test('at the last session, the rest is a single session', () => {
    expect(splitRecurrence(rec, start, NY, '2026-01-29')).toEqual({
      before: { ...rec, end: { count: 5 } },
      after: { rec: { ...rec, end: { count: 1 } }, start: { date: '2026-01-29', time: '10:00' } },
    });
  });

  test('a date with no session is refused', () => {
    expect(() => splitRecurrence(rec, start, NY, '2026-01-13')).toThrow(
      'No session of this series is on 2026-01-13.',
    );
  });

  test('a session moved by the spring-forward gap is found by the date it is shown on', () => {
    const gap = { date: '2026-03-01', time: '02:30' };
    const split = splitRecurrence(weekly({ count: 3 }), gap, NY, '2026-03-08');
    expect(split.after.start).toEqual({ date: '2026-03-08', time: '02:30' });
  });

  test('a "last Tuesday" series stays the last Tuesday after a split at a fourth Tuesday', () => {
    const monthly: Recurrence = {
      freq: 'monthly',
      interval: 1,
      by: 'nth-weekday',
      end: { count: 4 },
    };
    const fifth = { date: '2026-03-31', time: '10:00' }; // a fifth Tuesday: "the last"
    const split = splitRecurrence(monthly, fifth, NY, '2026-04-28'); // 4th and last in April
    expect(split.after).toEqual({
      rec: { ...monthly, nth: -1, end: { count: 3 } },
      start: { date: '2026-04-28', time: '10:00' },
    });
  });

  test('property: both halves together are exactly the original sessions', () => {
    fc.assert(
      fc.property(arbSeries(true), arbZone, fc.nat(), ({ start, rec }, zone, pick) => {
        const all = expandRecurrence(rec, start, zone);
        const at = all[pick % all.length]?.date as string;
        const { before, after } = splitRecurrence(rec, start, zone, at);
        expect(before === null).toBe(at === start.date);
        const first = before ? expandRecurrence(before, start, zone) : [];
        const rest = expandRecurrence(after.rec, after.start, zone);
        expect(rest[0]?.date).toBe(at);
        expect([...first, ...rest]).toEqual(all);
        // Both halves are valid series in their own right.
        if (before && recurringSeries.safeParse({ start, rec }).success) {
          expect(recurringSeries.safeParse({ start, rec: before }).error).toBeUndefined();
          expect(recurringSeries.safeParse(after).error).toBeUndefined();
        }
        expect(recurrence.safeParse(after.rec).success).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});

describe('describeRecurrence', () => {
  test('says the rule in plain English', () => {
    const monday = { date: '2026-01-12', time: '10:00' };
    expect(describeRecurrence(weekly({ count: 10 }), monday)).toBe(
      'Every week on Monday, 10 sessions',
    );
    expect(describeRecurrence(weekly({ count: 1 }), monday)).toBe(
      'Every week on Monday, 1 session',
    );
    expect(
      describeRecurrence(
        weekly({ until: '2026-06-01' }, { interval: 2, byWeekday: ['TH', 'MO'] }),
        monday,
      ),
    ).toBe('Every 2 weeks on Monday and Thursday, until Jun 1, 2026');
    expect(
      describeRecurrence(weekly({ count: 12 }, { byWeekday: ['FR', 'MO', 'WE'] }), monday),
    ).toBe('Every week on Monday, Wednesday and Friday, 12 sessions');
    expect(
      describeRecurrence(
        { freq: 'monthly', interval: 1, by: 'nth-weekday', end: { count: 6 } },
        { date: '2026-01-13', time: '10:00' },
      ),
    ).toBe('Monthly on the second Tuesday, 6 sessions');
    expect(
      describeRecurrence(
        { freq: 'monthly', interval: 2, by: 'nth-weekday', nth: -1, end: { count: 6 } },
        { date: '2026-02-24', time: '10:00' },
      ),
    ).toBe('Every 2 months on the last Tuesday, 6 sessions');
    expect(
      describeRecurrence(
        { freq: 'monthly', interval: 1, by: 'month-day', end: { until: '2026-12-31' } },
        { date: '2026-01-31', time: '10:00' },
      ),
    ).toBe('Monthly on day 31 (months without it are skipped), until Dec 31, 2026');
    expect(
      describeRecurrence(
        { freq: 'monthly', interval: 1, by: 'month-day', end: { count: 3 } },
        { date: '2026-01-15', time: '10:00' },
      ),
    ).toBe('Monthly on day 15, 3 sessions');
  });
});

describe('remembered descriptions of stored rules (describeRRule)', () => {
  test('say the same as reading the rule and describing it, the first time and every time after', () => {
    fc.assert(
      fc.property(arbSeries(false), arbZone, ({ start, rec }, zone) => {
        const text = toRRule(rec, start, zone);
        const { rec: read, start: readStart } = parseRRule(text);
        const uncached = describeRecurrence(read, readStart);
        expect(describeRRule(text)).toBe(uncached);
        expect(describeRRule(text)).toBe(uncached);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  test('the same rule in another zone is its own entry (UNTIL is read in the zone)', () => {
    const start = { date: '2026-01-05', time: '23:30' };
    const rec = weekly({ until: '2026-03-02' });
    for (const zone of [NY, 'Asia/Kolkata', 'UTC']) {
      expect(describeRRule(toRRule(rec, start, zone))).toBe(
        'Every week on Monday, until Mar 2, 2026',
      );
    }
  });

  test('a rule that cannot be read is refused every time, never remembered', () => {
    const bad = 'DTSTART;TZID=Mars/Olympus:20260105T100000\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3';
    const before = cachedDescriptionCount();
    expect(() => describeRRule(bad)).toThrow(/unknown time zone/);
    expect(() => describeRRule(bad)).toThrow(/unknown time zone/);
    expect(cachedDescriptionCount()).toBe(before);
  });

  test('stays bounded: past the limit the least recently used is dropped, answers unchanged', () => {
    const start = { date: '2026-01-05', time: '10:00' };
    const text = (count: number) => toRRule(weekly({ count }), start, NY);
    const first = describeRRule(text(1));
    for (let i = 0; i <= MAX_CACHED_DESCRIPTIONS; i++)
      describeRRule(
        toRRule(weekly({ count: (i % 520) + 1 }, { interval: Math.floor(i / 520) + 1 }), start, NY),
      );
    expect(cachedDescriptionCount()).toBeLessThanOrEqual(MAX_CACHED_DESCRIPTIONS);
    expect(describeRRule(text(1))).toBe(first);
    expect(first).toBe('Every week on Monday, 1 session');
  });
});
