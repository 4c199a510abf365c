import { describe, expect, test } from 'vitest';
import { findIcd10, searchIcd10 } from '../../electron/app/clients/icd10.ts';
import { ICD10_CODES } from '../../electron/app/clients/icd10-codes.ts';
import { ICD10_FORMAT, isIcd10Format, normalizeIcd10 } from '../../shared/icd10.ts';

const codes = (query: string, limit?: number): string[] =>
  searchIcd10(query, limit).map((e) => e.code);

describe('ICD-10-CM format', () => {
  test('accepts codes as typed, in any case and with or without the dot', () => {
    for (const code of [
      'F41.1',
      'f41.1',
      'F411',
      ' z63.0 ',
      'F32.A',
      'f32a',
      'F21',
      'T74.11XA',
      'M1A.0',
      'U07.1',
      'U09.9',
    ]) {
      expect(isIcd10Format(code), code).toBe(true);
    }
  });

  test('rejects what cannot be an ICD-10-CM code', () => {
    for (const code of [
      '',
      'F',
      'F4',
      '41.1',
      'FF1.1',
      'F41.12345',
      'F41-1',
      'F4.11',
      'F41..1',
      'U50.1',
      'F41.1!',
      'F41 1',
    ]) {
      expect(isIcd10Format(code), code).toBe(false);
    }
  });

  test('the stored form is strict: upper case, dot in place', () => {
    expect(ICD10_FORMAT.test('F41.1')).toBe(true);
    expect(ICD10_FORMAT.test('f41.1')).toBe(false);
    expect(ICD10_FORMAT.test('F411')).toBe(false);
  });

  test('normalisation trims, upper-cases and puts the dot after the category', () => {
    expect(normalizeIcd10('f411')).toBe('F41.1');
    expect(normalizeIcd10(' z63.0 ')).toBe('Z63.0');
    expect(normalizeIcd10('F32a')).toBe('F32.A');
    expect(normalizeIcd10('t7411xa')).toBe('T74.11XA');
    expect(normalizeIcd10('F43')).toBe('F43');
    expect(normalizeIcd10('F41.')).toBe('F41');
    expect(normalizeIcd10('F43.10')).toBe('F43.10');
    // A misplaced dot is left alone so that it fails validation instead of being guessed at.
    expect(normalizeIcd10('F4.11')).toBe('F4.11');
  });
});

describe('the curated list', () => {
  test('every code is canonical, unique and in code order', () => {
    const list = ICD10_CODES.map(([code]) => code);
    for (const code of list) expect(ICD10_FORMAT.test(code), code).toBe(true);
    expect(new Set(list).size).toBe(list.length);
    const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(list).toEqual(sorted);
    expect(list.length).toBeGreaterThanOrEqual(250);
  });

  test('only billable codes: no code is the category of another listed code', () => {
    const keys = ICD10_CODES.map(([code]) => code.replace('.', ''));
    for (const a of keys) {
      for (const b of keys) {
        if (a !== b) expect(b.startsWith(a), `${a} is a category of ${b}`).toBe(false);
      }
    }
  });

  test('titles are clean text', () => {
    for (const [code, title] of ICD10_CODES) {
      expect(title, code).toBe(title.trim());
      expect(title, code).not.toMatch(/\s{2}|[^\x20-\x7e]/);
      expect(title[0], code).toMatch(/[A-Z]/);
    }
  });

  test('key codes carry their exact published titles', () => {
    const titles = new Map(ICD10_CODES);
    expect(titles.get('F41.1')).toBe('Generalized anxiety disorder');
    expect(titles.get('F32.9')).toBe('Major depressive disorder, single episode, unspecified');
    expect(titles.get('F43.10')).toBe('Post-traumatic stress disorder, unspecified');
    expect(titles.get('F90.0')).toBe(
      'Attention-deficit hyperactivity disorder, predominantly inattentive type',
    );
    expect(titles.get('Z63.0')).toBe('Problems in relationship with spouse or partner');
    expect(titles.get('F32.A')).toBe('Depression, unspecified');
    expect(titles.get('F33.2')).toBe(
      'Major depressive disorder, recurrent severe without psychotic features',
    );
    expect(titles.get('F41.0')).toBe('Panic disorder [episodic paroxysmal anxiety]');
    expect(titles.get('F43.81')).toBe('Prolonged grief disorder');
    expect(titles.get('Z71.89')).toBe('Other specified counseling');
  });
});

describe('searchIcd10', () => {
  test('by code prefix, with or without the dot, in any case', () => {
    expect(codes('f41')).toEqual(['F41.0', 'F41.1', 'F41.3', 'F41.8', 'F41.9']);
    expect(codes('F41.1')[0]).toBe('F41.1');
    expect(codes('f411')[0]).toBe('F41.1');
    expect(codes('F43.1')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codes(' f43.1 ')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codes('z63.0')).toEqual(['Z63.0']);
  });

  test('by the starts of title words: every word typed must match', () => {
    expect(codes('gen anx')).toEqual(['F41.1']);
    expect(codes('anx gen')).toEqual(['F41.1']);
    expect(codes('adjustment anxiety')).toEqual(['F43.22', 'F43.23']);
    expect(codes('anx xyz')).toEqual([]);
    expect(codes('spouse')).toContain('Z63.0');
  });

  test('ignores case and accents', () => {
    expect(codes('GENERALIZED ANXIETY')).toEqual(['F41.1']);
    expect(codes('Générali ANX')).toEqual(['F41.1']);
    expect(codes('prólonged grief')).toEqual(['F43.81']);
  });

  test('hyphens and apostrophes are typed every which way', () => {
    const ptsd = ['F43.10', 'F43.11', 'F43.12'];
    expect(codes('post-traumatic')).toEqual(ptsd);
    expect(codes('post traumatic')).toEqual(ptsd);
    expect(codes('posttraumatic')).toEqual(ptsd);
    expect(codes('tourette')).toEqual(['F95.2']);
    expect(codes("tourette's")).toEqual(['F95.2']);
    expect(codes('skin picking')).toEqual(['F42.4']);
  });

  test('common abbreviations', () => {
    expect(codes('ptsd')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codes('PTSD chronic')).toEqual(['F43.12']);
    expect(codes('gad')).toEqual(['F41.1']);
    expect(codes('adhd')).toEqual(['F90.0', 'F90.1', 'F90.2', 'F90.8', 'F90.9']);
    expect(codes('adhd inatt')).toEqual(['F90.0']);
    expect(codes('ocd')).toEqual(['F42.8', 'F42.9', 'F60.5']);
    expect(codes('bpd')).toEqual(['F60.3']);
    const mdd = codes('mdd', 100);
    expect(mdd.length).toBeGreaterThan(10);
    expect(mdd.every((c) => c.startsWith('F32') || c.startsWith('F33'))).toBe(true);
  });

  test('ranking: exact code, then code prefixes, then titles, each in list order', () => {
    expect(codes('F41.1')).toEqual(['F41.1']);
    const z = codes('z', 500);
    expect(z.length).toBeGreaterThan(100);
    expect(z.every((c) => c.startsWith('Z'))).toBe(true);
    // "f" is the start of code F… and of title words such as "fear": codes come first.
    const f = codes('f', 1000);
    const firstNonF = f.findIndex((c) => !c.startsWith('F'));
    const lastF = f.findLastIndex((c) => c.startsWith('F'));
    expect(firstNonF).toBeGreaterThan(0);
    expect(lastF).toBeLessThan(firstNonF);
    expect(f.slice(firstNonF)).toContain('Z59.41'); // Food insecurity
  });

  test('limits, empty and hopeless queries', () => {
    expect(codes('z', 5)).toHaveLength(5);
    expect(codes('disorder')).toHaveLength(20);
    expect(codes('anxiety', 0)).toEqual([]);
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('xyzzy')).toEqual([]);
    expect(codes('.,;!')).toEqual([]);
    expect(codes('a'.repeat(10_000))).toEqual([]);
  });

  test('results never repeat an entry', () => {
    for (const q of ['f', 'z', 'disorder', 'a', 'f4', 'personal history', 'ptsd post']) {
      const found = codes(q, 1000);
      expect(new Set(found).size, q).toBe(found.length);
    }
  });

  test('takes well under a millisecond per query', () => {
    const queries = [
      'f41',
      'F43.1',
      'gen anx',
      'ptsd',
      'disorder',
      'z',
      'personal history of',
      'x',
    ];
    const rounds = 250;
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const q of queries) searchIcd10(q);
    const perQuery = (performance.now() - start) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(1);
  });
});

describe('findIcd10', () => {
  test('finds a listed code however it is typed', () => {
    expect(findIcd10('F41.1')).toEqual({ code: 'F41.1', title: 'Generalized anxiety disorder' });
    expect(findIcd10('f411')?.code).toBe('F41.1');
    expect(findIcd10(' z63.0 ')?.title).toBe('Problems in relationship with spouse or partner');
  });

  test('is undefined for categories and for codes not on the list', () => {
    expect(findIcd10('F43.1')).toBeUndefined();
    expect(findIcd10('F41')).toBeUndefined();
    expect(findIcd10('J45.909')).toBeUndefined();
    expect(findIcd10('')).toBeUndefined();
  });
});

test('words that are also names of object properties are only words', () => {
  for (const query of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype']) {
    expect(Array.isArray(searchIcd10(query))).toBe(true);
  }
});
