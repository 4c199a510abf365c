/**
 * iCalendar (RFC 5545) export of the schedule, for a counselor's phone or calendar app.
 *
 * An exported calendar leaves the encrypted vault and is synced to third parties, so an event
 * carries only what is listed in {@link IcsEvent}: times, a summary the caller chooses (never a
 * client's name or anything clinical), a status and a location. There is deliberately no field
 * for descriptions, attendees or notes.
 */

export interface IcsEvent {
  /** Stable per appointment, so re-importing updates events instead of duplicating them. */
  uid: string;
  /** ISO 8601 instants with an explicit offset or Z. */
  startUtc: string;
  endUtc: string;
  summary: string;
  status?: 'CONFIRMED' | 'CANCELLED';
  location?: string;
}

export interface IcsOptions {
  prodId?: string;
  calendarName?: string;
  /** The export time (DTSTAMP); passed in so exports are reproducible in tests. */
  now: Date;
}

export const DEFAULT_PROD_ID = '-//Accord//Accord//EN';
export const UID_DOMAIN = 'accord.local';

const STATUSES = new Set(['CONFIRMED', 'CANCELLED']);
// RFC 5545 TEXT allows no control characters except HTAB; line breaks are escaped separately.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Date parses a time without an offset in the machine's zone, which would shift every session.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_OCTETS = 75;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  return cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1). Each continuation starts with a space that
 * counts towards its 75, and a break never falls inside a UTF-8 sequence: iterating the string
 * yields whole code points, and each is moved to the next line whole when it does not fit.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

function instant(value: string, what: string): Date {
  const date = ISO_INSTANT.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`${what} must be an ISO 8601 instant with Z or an offset, not "${value}".`);
  }
  return date;
}

/** `20260112T150000Z`: UTC form, so no VTIMEZONE is needed; seconds are truncated. */
function utcDateTime(date: Date): string {
  const iso = date.toISOString();
  if (!/^\d{4}-/.test(iso)) throw new Error(`${iso} is outside the years iCalendar can hold.`);
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function vevent(event: IcsEvent, dtstamp: string): string[] {
  if (event.uid.trim() === '' || new RegExp(CONTROL.source).test(event.uid)) {
    throw new Error('Every event needs a printable id (uid).');
  }
  const start = utcDateTime(instant(event.startUtc, `Start of event ${event.uid}`));
  const end = utcDateTime(instant(event.endUtc, `End of event ${event.uid}`));
  if (end <= start) throw new Error(`Event ${event.uid} must end after it starts.`);
  const status = event.status ?? 'CONFIRMED';
  if (!STATUSES.has(status)) throw new Error(`Event ${event.uid} has an unknown status.`);

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}@${UID_DOMAIN}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${status}`,
  ];
  if (event.location !== undefined && event.location.trim() !== '') {
    lines.push(`LOCATION:${escapeText(event.location)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with one VEVENT per event, CRLF line endings, folded at 75 octets. */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  if (Number.isNaN(options.now.getTime())) throw new Error('The export time is not a valid date.');
  const dtstamp = utcDateTime(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Accord')}`,
    ...events.flatMap((event) => vevent(event, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
