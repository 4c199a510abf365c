import { normalizeIcd10 } from '../../../shared/icd10.ts';
import { ICD10_CODES } from './icd10-codes.ts';

/**
 * Instant search over the curated ICD-10-CM list, for the diagnosis picker: by code prefix ("f41",
 * "F41.1", "f411") and by the starts of words in the title ("gen anx" → F41.1), ignoring case and
 * accents, with a few abbreviations counselors type ("ptsd", "adhd").
 */

export interface Icd10Entry {
  code: string;
  title: string;
}

/**
 * Abbreviations that name a diagnosis by its initials, so the words they stand for are searched
 * instead. BPD is read as borderline personality disorder, the usual sense in counseling notes
 * (bipolar disorder is found by "bipolar").
 */
// A Map, not an object literal: a typed word like "constructor" must not find Object's own keys.
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ptsd', ['post', 'traumatic', 'stress']],
  ['gad', ['generalized', 'anxiety']],
  ['mdd', ['major', 'depressive']],
  ['adhd', ['attention', 'deficit', 'hyperactivity']],
  ['ocd', ['obsessive', 'compulsive']],
  ['bpd', ['borderline', 'personality']],
]);

/** Long input is a paste gone wrong, not a search; cutting it keeps every query cheap. */
const MAX_QUERY_LENGTH = 200;

/** Lower case without accents, so "Ménière" and "meniere" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a text, folded. Apostrophes join ("Rett's" → "retts", so "rett" still finds it).
 * A hyphenated or slashed compound also counts whole ("post-traumatic" gives "post", "traumatic"
 * and "posttraumatic"), because people type it both ways.
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const chunk of fold(text).replace(/['’]/g, '').split(/\s+/)) {
    const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter((p) => p !== '');
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

const ENTRIES: readonly Icd10Entry[] = ICD10_CODES.map(([code, title]) =>
  Object.freeze({ code, title }),
);

/** Codes without the dot, upper case, in list order: what a typed code is compared against. */
const CODE_KEYS: readonly string[] = ENTRIES.map((e) => e.code.replace('.', ''));

const BY_CODE: ReadonlyMap<string, Icd10Entry> = new Map(ENTRIES.map((e) => [e.code, e]));

/**
 * Every distinct title word, sorted, with the entries that contain it: a query word's matches are
 * the contiguous run of words it is a prefix of, found by binary search.
 */
const { WORDS, POSTINGS } = (() => {
  const postings = new Map<string, number[]>();
  ENTRIES.forEach((entry, index) => {
    for (const word of new Set(words(entry.title))) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const sorted = [...postings.keys()].sort();
  return {
    WORDS: sorted,
    POSTINGS: sorted.map((w) => Uint16Array.from(postings.get(w) ?? [])),
  };
})();

function firstWordAtOrAfter(prefix: string): number {
  let lo = 0;
  let hi = WORDS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((WORDS[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks, in `hits`, every entry with a title word that starts with `prefix`. */
function markPrefix(prefix: string, hits: Uint8Array): void {
  for (let i = firstWordAtOrAfter(prefix); i < WORDS.length; i++) {
    if (!(WORDS[i] as string).startsWith(prefix)) break;
    for (const entry of POSTINGS[i] as Uint16Array) hits[entry] = 1;
  }
}

/**
 * Entries whose title matches every query word (each must start some word of the title), in list
 * order. An abbreviation must match all the words it stands for.
 */
function titleMatches(query: string): number[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const count = new Uint16Array(ENTRIES.length);
  const required: string[] = [];
  for (const word of queryWords) required.push(...(ABBREVIATIONS.get(word) ?? [word]));
  const hits = new Uint8Array(ENTRIES.length);
  for (const word of required) {
    hits.fill(0);
    markPrefix(word, hits);
    for (let i = 0; i < hits.length; i++) count[i] = (count[i] as number) + (hits[i] as number);
  }
  const out: number[] = [];
  for (let i = 0; i < count.length; i++) if (count[i] === required.length) out.push(i);
  return out;
}

/** The code a query would be if it is one being typed: "f41.1" and "F411" both give "F411". */
function codeKey(query: string): string | undefined {
  const key = query.replace(/\s+/g, '').replace('.', '').toUpperCase();
  return /^[A-Z](?:[0-9][0-9A-Z]{0,5})?$/.test(key) ? key : undefined;
}

/**
 * Up to `limit` entries for what a person typed: the exact code first, then codes that start with
 * it, then titles containing words that start with every word typed, each group in list order.
 */
export function searchIcd10(query: string, limit = 20): Icd10Entry[] {
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  if (text === '' || limit <= 0) return [];
  const taken = new Uint8Array(ENTRIES.length);
  const results: Icd10Entry[] = [];
  const take = (index: number): void => {
    if (results.length < limit && taken[index] === 0) {
      taken[index] = 1;
      results.push(ENTRIES[index] as Icd10Entry);
    }
  };

  const key = codeKey(text);
  if (key !== undefined) {
    const exact = CODE_KEYS.indexOf(key);
    if (exact >= 0) take(exact);
    CODE_KEYS.forEach((k, i) => {
      if (k.startsWith(key)) take(i);
    });
  }
  if (results.length < limit) for (const index of titleMatches(text)) take(index);
  return results;
}

/** The listed entry for a code, in any case and with or without its dot; undefined if unlisted. */
export function findIcd10(code: string): Icd10Entry | undefined {
  return BY_CODE.get(normalizeIcd10(code));
}
