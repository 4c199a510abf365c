import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  buildIcs,
  escapeText,
  foldLine,
  type IcsEvent,
} from '../../electron/app/scheduling/ics.ts';

const now = new Date('2026-02-01T12:34:56.789Z');

const event = (more: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'appt-1',
  startUtc: '2026-03-09T14:00:00.000Z',
  endUtc: '2026-03-09T14:50:00.000Z',
  summary: 'Session',
  ...more,
});

/** Parsed by ical.js, an iCalendar parser written independently of ours. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  expect(from).toBe(bytes.length); // ends with CRLF, nothing after it
  return lines;
}

/** RFC 5545 framing: CRLF only, every line at most 75 octets and valid UTF-8 on its own. */
function expectWellFramed(text: string): void {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (const line of physicalLines(text)) {
    expect(line.length).toBeLessThanOrEqual(75);
    expect(() => strict.decode(line)).not.toThrow();
  }
}

describe('buildIcs', () => {
  test('a calendar with the required properties, read back by ical.js', () => {
    const text = buildIcs(
      [
        event({ location: 'Office 2' }),
        event({
          uid: 'appt-2',
          startUtc: '2026-03-10T09:00:00-05:00',
          endUtc: '2026-03-10T09:45:00-05:00',
          status: 'CANCELLED',
        }),
      ],
      { now, calendarName: 'Sessions' },
    );
    expectWellFramed(text);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Accord//Accord//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sessions');
    expect(events).toHaveLength(2);

    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first?.uid).toBe('appt-1@accord.local');
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-03-09T14:50:00.000Z');
    expect(first?.startDate.zone.tzid).toBe('UTC');
    expect(first?.summary).toBe('Session');
    expect(first?.location).toBe('Office 2');
    expect(events[0]?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const stamp = events[0]?.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
    expect(stamp.toJSDate().toISOString()).toBe('2026-02-01T12:34:56.000Z');

    expect(second?.uid).toBe('appt-2@accord.local');
    expect(second?.startDate.toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(events[1]?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[1]?.hasProperty('location')).toBe(false);
  });

  test('the exact text, in UTC form', () => {
    expect(buildIcs([event()], { now, prodId: '-//Test//Test//EN' })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Test//Test//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Accord',
        'BEGIN:VEVENT',
        'UID:appt-1@accord.local',
        'DTSTAMP:20260201T123456Z',
        'DTSTART:20260309T140000Z',
        'DTEND:20260309T145000Z',
        'SUMMARY:Session',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  test('events carry nothing beyond the listed properties', () => {
    const { events } = parse(buildIcs([event({ location: 'Telehealth' })], { now }));
    const names = events[0]?.getAllProperties().map((p) => p.name);
    expect(names).toEqual(['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'status', 'location']);
  });

  test('TEXT escaping of backslash, semicolon, comma and line breaks', () => {
    const tricky = 'a;b,c\nd';
    const text = buildIcs([event({ summary: tricky, location: 'C:\\Room 4; 2nd floor, left' })], {
      now,
      calendarName: 'Dr. Lee, LPC; Sessions',
    });
    expect(text).toContain('\r\nSUMMARY:a\\;b\\,c\\nd\r\n');
    expect(text).toContain('\r\nLOCATION:C:\\\\Room 4\\; 2nd floor\\, left\r\n');
    const { calendar, events } = parse(text);
    const parsed = new ICAL.Event(events[0]);
    expect(parsed.summary).toBe(tricky);
    expect(parsed.location).toBe('C:\\Room 4; 2nd floor, left');
    // ical.js keeps X- values raw; calendar apps read X-WR-CALNAME as TEXT, escapes and all.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Dr. Lee\\, LPC\\; Sessions');
    expect(escapeText('one\r\ntwo\rthree')).toBe('one\\ntwo\\nthree');
    expect(escapeText('bell\u0007 tab\t')).toBe('bell tab\t');
  });

  test('a long multi-byte summary is folded at 75 octets without splitting a character', () => {
    const summary = 'Séance — 心理カウンセリング 🌿 '.repeat(8);
    const text = buildIcs([event({ summary })], { now });
    expectWellFramed(text);
    const folded = text.split('\r\n').filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(3);
    expect(new ICAL.Event(parse(text).events[0]).summary).toBe(summary);
    // Folding fills lines: a break only where the next character would not fit.
    const encoder = new TextEncoder();
    const lines = physicalLines(text).map((bytes) => new TextDecoder().decode(bytes));
    const start = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    for (let i = start; lines[i + 1]?.startsWith(' '); i++) {
      const next = [...(lines[i + 1] as string).slice(1)][0] as string;
      const size = encoder.encode(lines[i] as string).length;
      expect(size + encoder.encode(next).length).toBeGreaterThan(75);
    }
  });

  test('foldLine: exactly 75 octets stays on one line; continuation lines hold 74 more', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // 74 ASCII octets, then a 2-octet é would end at 76: it moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    // A 4-octet emoji (a surrogate pair in JavaScript) is never split either.
    expect(foldLine(`${'x'.repeat(73)}🌿`)).toBe(`${'x'.repeat(73)}\r\n 🌿`);
  });

  test('property: any summary and location survive the trip through ical.js', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(';', ',', '\\', '\n', '\r\n', ':', '"', 'é', '🌿', '\u0007'),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    // What a TEXT value can carry: every line break becomes \n and control characters go.
    // eslint-disable-next-line no-control-regex -- the characters TEXT cannot carry
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
    const expected = (value: string) => value.replace(/\r\n|\r/g, '\n').replace(controls, '');
    fc.assert(
      fc.property(text, text, (summary, location) => {
        const ics = buildIcs([event({ summary, location })], { now });
        expectWellFramed(ics);
        const parsed = new ICAL.Event(parse(ics).events[0]);
        expect(parsed.summary).toBe(expected(summary));
        if (location.trim() !== '') expect(parsed.location).toBe(expected(location));
      }),
      { numRuns: 300 },
    );
  });

  test('refuses times that would be read in the wrong zone, and impossible events', () => {
    expect(() => buildIcs([event({ startUtc: '2026-03-09T14:00:00' })], { now })).toThrow(
      /with Z or an offset/,
    );
    expect(() => buildIcs([event({ endUtc: 'soon' })], { now })).toThrow(/ISO 8601/);
    expect(() =>
      buildIcs([event({ endUtc: '2026-03-09T14:00:00Z', startUtc: '2026-03-09T14:00:00Z' })], {
        now,
      }),
    ).toThrow(/must end after it starts/);
    expect(() => buildIcs([event({ uid: ' ' })], { now })).toThrow(/printable id/);
    expect(() => buildIcs([], { now: new Date(Number.NaN) })).toThrow(/export time/);
  });

  test('an empty schedule is still a calendar ical.js can read', () => {
    const { calendar, events } = parse(buildIcs([], { now }));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});
