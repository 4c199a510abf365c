import { describe, expect, test } from 'vitest';
import { STARTER_RESOURCES, STARTER_TAGS } from '../../electron/app/resources/starter.ts';
import { line, paragraph } from '../../shared/domain/text.ts';

const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * A rough Flesch-Kincaid grade with a heuristic syllable count. It is only an approximation of
 * reading level, so the bound is loose: it catches jargon-heavy rewrites, not fine differences.
 */
function gradeLevel(text: string): number {
  const syllables = (word: string): number => {
    const w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (w.length <= 3) return 1;
    const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
  };
  const all = words(text);
  const count = text.split(/[.!?:]+(?=\s|$)|\n/).filter((s) => /[a-z]/i.test(s)).length;
  const total = all.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (all.length / count) + 11.8 * (total / all.length) - 15.59;
}

const TEXT_FIELDS = ['title', 'body', 'benefits', 'drawbacks', 'asks'] as const;

describe('starter resources', () => {
  test('covers the agreed approaches, once each, with unique keys and titles', () => {
    expect(STARTER_RESOURCES.map((r) => r.key)).toEqual([
      'cbt',
      'dbt-skills',
      'act',
      'emdr',
      'person-centered',
      'motivational-interviewing',
      'mindfulness',
      'medication-referral',
      'couples-family',
      'group-therapy',
    ]);
    expect(new Set(STARTER_RESOURCES.map((r) => r.key)).size).toBe(STARTER_RESOURCES.length);
    expect(new Set(STARTER_RESOURCES.map((r) => r.title)).size).toBe(STARTER_RESOURCES.length);
    for (const r of STARTER_RESOURCES) expect(r.key).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  test.each(STARTER_RESOURCES)('$key: every field is filled in and saves unchanged', (r) => {
    for (const field of TEXT_FIELDS) {
      expect(r[field].trim(), field).not.toBe('');
    }
    // The same rules as a counselor's own entries: what is seeded is what a save would keep.
    expect(line(200, 'Title').parse(r.title)).toBe(r.title);
    expect(paragraph(50_000, 'Text').parse(r.body)).toBe(r.body);
    for (const field of ['benefits', 'drawbacks', 'asks'] as const) {
      expect(paragraph(2_000, field).parse(r[field]), field).toBe(r[field]);
    }
  });

  test.each(STARTER_RESOURCES)('$key: the body is 150 to 300 words in tidy paragraphs', (r) => {
    const count = words(r.body).length;
    expect(count).toBeGreaterThanOrEqual(150);
    expect(count).toBeLessThanOrEqual(300);
    expect(r.body).not.toMatch(/\n{3,}| {2,}|[ \t]$|^[ \t]/m);
    expect(r.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  test.each(STARTER_RESOURCES)('$key: benefits, drawbacks and asks speak to the client', (r) => {
    for (const field of ['benefits', 'drawbacks', 'asks'] as const) {
      const text = r[field];
      const count = sentences(text).length;
      expect(count, field).toBeGreaterThanOrEqual(1);
      expect(count, field).toBeLessThanOrEqual(3);
      expect(words(text).length, field).toBeLessThanOrEqual(60);
      expect(text, field).toMatch(/\b[Yy]ou(r)?\b/);
      expect(text, field).toMatch(/[.!?]$/);
    }
  });

  test.each(STARTER_RESOURCES)('$key: tags come from the shared set', (r) => {
    expect(r.tags.length).toBeGreaterThan(0);
    expect(r.tags.length).toBeLessThanOrEqual(12);
    expect(new Set(r.tags).size).toBe(r.tags.length);
    for (const tag of r.tags) expect(STARTER_TAGS).toContain(tag);
  });

  test.each(STARTER_RESOURCES)('$key: no placeholder text, no promise of a cure', (r) => {
    for (const field of TEXT_FIELDS) {
      const text = r[field];
      expect(text, field).not.toMatch(
        /\b(?:todo|tbd|fixme|xxx|lorem|ipsum|placeholder|insert|example\.com)\b|\[|\]|\{|\}|<|>|\.\.\./i,
      );
      expect(text, field).not.toMatch(
        /\bcure[sd]?\b|\bguarantee[sd]? (?:to|that)\b|\bproven to\b/i,
      );
      // Curly quotes come in pairs; a lone straight quote is a typing slip.
      expect(text.split('“').length, field).toBe(text.split('”').length);
      expect(text, field).not.toMatch(/["']/);
    }
  });

  test.each(STARTER_RESOURCES)('$key: reads at about an 8th-grade level', (r) => {
    expect(gradeLevel(r.body)).toBeLessThanOrEqual(9.5);
  });

  test('the medication entry says plainly that the counselor does not prescribe', () => {
    const medication = STARTER_RESOURCES.find((r) => r.key === 'medication-referral')!;
    expect(medication.body).toContain('Your counselor does not prescribe medication');
    expect(medication.tags).toContain('medication');
    expect(medication.tags).toContain('referral');
  });

  test('every tag in the shared set is used', () => {
    const used = new Set(STARTER_RESOURCES.flatMap((r) => r.tags));
    expect([...STARTER_TAGS].filter((t) => !used.has(t))).toEqual([]);
  });
});
