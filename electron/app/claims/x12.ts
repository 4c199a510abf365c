/**
 * Pure builders for ANSI X12 segments (005010). They know nothing about claims: they turn values
 * into correctly delimited, correctly padded text, and make sure no value can break the file.
 */

export const SEPARATORS = {
  element: '*',
  component: ':',
  repetition: '^',
  segment: '~',
} as const;

/** A simple element, or a composite whose parts are joined by the component separator. */
export type X12Element = string | readonly string[];

const SEPARATOR_CHARS = /[*:^~]/g;

/**
 * A value as it may appear inside an element: plain printable ASCII in upper case (accents are
 * dropped, "José" becomes "JOSE"), with every separator character replaced by a space, so a
 * name like "O*Brien" cannot end an element early and shift everything after it.
 */
export function x12Value(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(SEPARATOR_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/**
 * One segment, without its terminator: the tag, then the elements. Empty trailing elements are
 * left out (the standard forbids trailing separators); empty inner ones keep their place.
 */
export function segment(tag: string, ...elements: X12Element[]): string {
  if (!/^[A-Z][A-Z0-9]{1,2}$/.test(tag)) throw new Error(`not an X12 segment tag: ${tag}`);
  const values = elements.map((e) =>
    typeof e === 'string' ? x12Value(e) : trimTrailing(e.map(x12Value)).join(SEPARATORS.component),
  );
  return [tag, ...trimTrailing(values)].join(SEPARATORS.element);
}

function trimTrailing(values: string[]): string[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === '') end--;
  return values.slice(0, end);
}

/** Left-justified and space-padded (or cut) to exactly `width` characters. */
export function padRight(value: string, width: number): string {
  return x12Value(value).slice(0, width).padEnd(width, ' ');
}

/** Digits only, zero-padded on the left to `width`. */
export function padNumber(value: number, width: number): string {
  if (!Number.isInteger(value) || value < 0 || String(value).length > width) {
    throw new Error(`${value} does not fit ${width} digits`);
  }
  return String(value).padStart(width, '0');
}

/** Money as an X12 decimal: 13000 cents is "130", 13050 is "130.5", 13025 is "130.25". */
export function x12Amount(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error('amounts are whole cents');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** "2026-05-04" as CCYYMMDD. */
export function x12Date(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`not a date: ${isoDay}`);
  return isoDay.replaceAll('-', '');
}

export interface InterchangeHeader {
  senderId: string;
  receiverId: string;
  /** The moment the file is made, in UTC. */
  at: Date;
  controlNumber: number;
  usage: 'P' | 'T';
}

/**
 * The ISA segment: every element has a fixed width, so the whole segment is always 106
 * characters with its terminator; readers find the separators by position.
 */
export function isaSegment(h: InterchangeHeader): string {
  const iso = h.at.toISOString();
  const elements = [
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    padRight(h.senderId, 15),
    'ZZ',
    padRight(h.receiverId, 15),
    iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10),
    iso.slice(11, 13) + iso.slice(14, 16),
    SEPARATORS.repetition,
    '00501',
    padNumber(h.controlNumber, 9),
    '0',
    h.usage,
    SEPARATORS.component,
  ];
  // Joined by hand: the padded values must keep their spaces and the separators are the point.
  return ['ISA', ...elements].join(SEPARATORS.element);
}

/** The segments as one file: each followed by the segment terminator. */
export function joinSegments(segments: readonly string[]): string {
  return segments.map((s) => s + SEPARATORS.segment).join('');
}
