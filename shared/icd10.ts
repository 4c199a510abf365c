/**
 * ICD-10-CM code format, shared by the renderer (validating a code as it is typed) and the core
 * (validating what it stores). Format only: whether a code exists is the core's catalogue's job.
 */

/**
 * The canonical form of an ICD-10-CM code: upper case, with the dot after the category.
 *
 * - A category of three characters: a letter, a digit, then a digit or a letter (letters occur,
 *   as in C4A, M1A, Z3A). The first letter is never U except for U00–U49, the block that WHO
 *   reserves for provisional codes and that ICD-10-CM uses for emergency additions (U07.0 vaping-
 *   related disorder, U07.1 COVID-19, U09.9 post COVID-19 condition), so those must pass.
 * - Then, optionally, a dot and one to four characters (digits, letters, and the placeholder X),
 *   giving the seven characters at most that ICD-10-CM allows (for example T74.11XA).
 *
 * Stored codes should match this exactly; text typed by a person goes through `normalizeIcd10`.
 */
export const ICD10_FORMAT = /^(?:[A-TV-Z][0-9][0-9A-Z]|U[0-4][0-9])(?:\.[0-9A-Z]{1,4})?$/;

/**
 * Brings hand-typed text to the canonical form: trims, upper-cases and puts the dot after the third
 * character when it was left out ("f411" → "F41.1", " z63.0 " → "Z63.0"). A trailing dot is
 * dropped ("F41." → "F41"). Anything else is left as typed, so a misplaced dot still fails the
 * format check rather than being silently moved.
 */
export function normalizeIcd10(text: string): string {
  let code = text.trim().toUpperCase();
  if (code.endsWith('.')) code = code.slice(0, -1);
  if (!code.includes('.') && code.length > 3) code = `${code.slice(0, 3)}.${code.slice(3)}`;
  return code;
}

/** Whether `code`, as typed (any case, dot optional), has the shape of an ICD-10-CM code. */
export function isIcd10Format(code: string): boolean {
  return ICD10_FORMAT.test(normalizeIcd10(code));
}
