import { z } from 'zod';

/**
 * Text fields. Names in any script are welcome (right-to-left, combining marks); text is stored
 * in Unicode NFC so the same name always compares and searches the same. Control characters and
 * bidirectional overrides are refused: they can make a record display as something it is not.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\n\r\t]/;
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function cleaned(max: number, label: string, multiline: boolean) {
  return z
    .string(`${label} must be text.`)
    .transform((v) => v.normalize('NFC').trim())
    .refine(
      (v) => v.length <= max,
      `${label} can be at most ${max.toLocaleString('en-US')} characters.`,
    )
    .refine(
      (v) => !CONTROL.test(v) && (multiline || !LINE_BREAK.test(v)) && !LONE_SURROGATE.test(v),
      `${label} contains characters that cannot be saved. Retype it without special characters.`,
    )
    .refine(
      (v) => !BIDI_OVERRIDE.test(v),
      `${label} contains invisible direction-override characters. Retype it.`,
    );
}

/** One line of text, possibly empty. */
export const line = (max: number, label: string) => cleaned(max, label, false);

/** A line that must not be empty. */
export const requiredLine = (max: number, label: string) =>
  cleaned(max, label, false).refine((v) => v.length > 0, `Enter ${label.toLowerCase()}.`);

/** Free text with line breaks. */
export const paragraph = (max: number, label: string) => cleaned(max, label, true);

export const email = (label = 'Email') =>
  line(254, label).refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Enter an email address like name@example.com, or leave it empty.',
  );

export const phone = (label = 'Phone') =>
  line(40, label).refine(
    (v) => v === '' || (/^[+()\d\s.-]+$/.test(v) && v.replace(/\D/g, '').length >= 7),
    'Enter a phone number with at least 7 digits (digits, spaces and + ( ) - only).',
  );

export const id = (label: string) =>
  z
    .number(`Choose a ${label}.`)
    .int(`Choose a ${label}.`)
    .positive(`Choose a ${label}.`)
    .max(Number.MAX_SAFE_INTEGER, `Choose a ${label}.`);
