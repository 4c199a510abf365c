import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CSV_LIMITS, CsvError, parseCsv, toCsv } from '../../electron/app/clients/csv.ts';

/** The CsvError that `run` throws, so that its line and message can be checked. */
function csvError(run: () => unknown): CsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

const neutralized = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('parseCsv', () => {
  test('reads a header and rows, with the line each row starts on', () => {
    const parsed = parseCsv('first,last,email\nAda,Lovelace,ada@example.org\nAlan,Turing,\n');
    expect(parsed.header).toEqual(['first', 'last', 'email']);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Ada', 'Lovelace', 'ada@example.org'] },
      { line: 3, cells: ['Alan', 'Turing', ''] },
    ]);
  });

  test('strips a UTF-8 byte-order mark', () => {
    const parsed = parseCsv('\uFEFFname,phone\r\nAda,555\r\n');
    expect(parsed.header).toEqual(['name', 'phone']);
    expect(parsed.header[0]?.charCodeAt(0)).toBe(0x6e);
  });

  test('CRLF, LF and CR line endings, mixed, with or without a final line break', () => {
    const expected = [
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ];
    for (const text of [
      'a,b\r\n1,2\r\n3,4\r\n',
      'a,b\r\n1,2\r\n3,4',
      'a,b\n1,2\n3,4\n',
      'a,b\r1,2\r3,4\r',
      'a,b\n1,2\r\n3,4',
    ]) {
      expect(parseCsv(text).rows, JSON.stringify(text)).toEqual(expected);
    }
  });

  test('quoted values: commas, doubled quotation marks, empty values', () => {
    const parsed = parseCsv('a,b,c\n"Smith, Jane","She said ""hi""",""\n');
    expect(parsed.rows[0]?.cells).toEqual(['Smith, Jane', 'She said "hi"', '']);
  });

  test('line breaks inside quotes are kept, and later rows keep their true line numbers', () => {
    const text = 'name,notes\r\nAda,"one\ntwo\r\nthree\rfour"\r\nAlan,x\r\n';
    const parsed = parseCsv(text);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Ada', 'one\ntwo\r\nthree\rfour'] },
      { line: 6, cells: ['Alan', 'x'] },
    ]);
  });

  test('blank lines and rows of bare commas are skipped; line numbers stay physical', () => {
    const parsed = parseCsv('\n\na,b\n\n1,2\n,\n\r\n3,4\n\n');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.rows).toEqual([
      { line: 5, cells: ['1', '2'] },
      { line: 8, cells: ['3', '4'] },
    ]);
  });

  test('a row of quoted empty values is data, not a blank line', () => {
    expect(parseCsv('a,b\n"",""\n').rows).toEqual([{ line: 2, cells: ['', ''] }]);
  });

  test('short rows are padded; trailing empty extra values are dropped', () => {
    const parsed = parseCsv('a,b,c\n1\n1,2\n1,2,3,,\n');
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['1', '', ''],
      ['1', '2', ''],
      ['1', '2', '3'],
    ]);
  });

  test('keeps spaces and unicode exactly', () => {
    const text = 'name, note \nמרים כהן,"e\u0301 👩‍👩‍👧"\n  Ada  ,مرحبا\n';
    const parsed = parseCsv(text);
    expect(parsed.header).toEqual(['name', ' note ']);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['מרים כהן', 'e\u0301 👩‍👩‍👧'],
      ['  Ada  ', 'مرحبا'],
    ]);
  });

  describe('malformed files say which line and what to fix', () => {
    test('a quoted field never closed: the line where it opens', () => {
      const error = csvError(() => parseCsv('a,b\n1,2\n3,"open\nmore\nstill more\n'));
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/^Line 3: a quoted field is never closed\./);
      expect(error.name).toBe('CsvError');
    });

    test('a quotation mark in the middle of an unquoted value', () => {
      const error = csvError(() => parseCsv('a,b\n1,2\n3,4\n5,six "6"\n'));
      expect(error.line).toBe(4);
      expect(error.message).toMatch(/^Line 4: a quotation mark \("\) appears in the middle/);
    });

    test('text after a closing quotation mark, after a value spanning lines', () => {
      const error = csvError(() => parseCsv('a,b\n1,"two\nlines"x\n'));
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/^Line 3: there is text right after a closing quotation/);
    });

    test('more values than the header has columns', () => {
      const error = csvError(() => parseCsv('a,b\n1,2\n\n"x\ny",2,3\n'));
      expect(error.line).toBe(4);
      expect(error.message).toBe(
        'Line 4: this row has 3 values but the first line names only 2 columns. Check for a comma inside a value that is not in quotes.',
      );
    });

    test('an empty file', () => {
      for (const text of ['', '\uFEFF', '\n\r\n', ',,\n,\n']) {
        const error = csvError(() => parseCsv(text));
        expect(error.line).toBe(0);
        expect(error.message).toMatch(/^The file is empty/);
      }
    });
  });

  describe('size limits', () => {
    test('too many bytes, counted in UTF-8', () => {
      expect(parseCsv('a\né\n', { maxBytes: 5 }).rows).toHaveLength(1);
      const error = csvError(() => parseCsv('a\néé\n', { maxBytes: 5 }));
      expect(error.line).toBe(0);
      expect(error.message).toBe(
        'The file is larger than 5 bytes. Split it into smaller files and import them one at a time.',
      );
      expect(() => parseCsv('a\n😀\n', { maxBytes: 5 })).toThrow(CsvError);
    });

    test('too many rows: the line of the first row over the limit', () => {
      expect(parseCsv('a\n1\n2\n', { maxRows: 2 }).rows).toHaveLength(2);
      const error = csvError(() => parseCsv('a\n1\n\n2\n3\n', { maxRows: 2 }));
      expect(error.line).toBe(5);
      expect(error.message).toMatch(/^Line 5: the file has more than 2 rows\./);
    });

    test('defaults: 10 MB and 20,000 rows', () => {
      expect(CSV_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, maxRows: 20_000 });
      const rows = (count: number): string => `n\n${'x\n'.repeat(count)}`;
      expect(parseCsv(rows(20_000)).rows).toHaveLength(20_000);
      expect(csvError(() => parseCsv(rows(20_001))).message).toBe(
        'Line 20002: the file has more than 20,000 rows. Split it into smaller files and import them one at a time.',
      );
      const big = `n\n${'x'.repeat(10 * 1024 * 1024)}`;
      expect(csvError(() => parseCsv(big)).message).toMatch(/^The file is larger than 10 MB\./);
    });
  });

  test('any input either parses or fails with a CsvError', () => {
    const piece = fc.constantFrom('a', 'é', '"', ',', '\r', '\n', '""', ' ', '\uFEFF', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        try {
          const parsed = parseCsv(text);
          let previous = 0;
          for (const row of parsed.rows) {
            expect(row.cells).toHaveLength(parsed.header.length);
            expect(row.line).toBeGreaterThan(previous);
            previous = row.line;
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CsvError);
          const { line, message } = error as CsvError;
          if (line === 0) expect(message).toMatch(/^The file is empty/);
          else expect(message.startsWith(`Line ${line}: `)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toCsv', () => {
  test('byte-order mark, CRLF endings, quotes only where needed', () => {
    expect(
      toCsv(
        ['name', 'note'],
        [
          ['Ada', 'a, b'],
          ['Alan', 'said "hi"\nthen left'],
        ],
      ),
    ).toBe('\uFEFFname,note\r\nAda,"a, b"\r\nAlan,"said ""hi""\nthen left"\r\n');
  });

  test('values that start like a formula are neutralized, header included', () => {
    const out = toCsv(
      ['=cmd'],
      [['=1+1'], ['+1 555 0100'], ['-5'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['a=b'], ["'ok"]],
    );
    expect(out.split('\r\n')).toEqual([
      "\uFEFF'=cmd",
      "'=1+1",
      "'+1 555 0100",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      'a=b',
      "'ok",
      '',
    ]);
  });

  test('quotes edge spaces; pads short rows; keeps an all-empty row', () => {
    expect(toCsv(['a', 'b', 'c'], [[' x', 'y '], []])).toBe(
      '\uFEFFa,b,c\r\n" x","y ",\r\n"",,\r\n',
    );
    expect(parseCsv(toCsv(['a', 'b'], [['', '']])).rows).toEqual([{ line: 2, cells: ['', ''] }]);
  });

  test('refuses shapes that could not be read back', () => {
    expect(() => toCsv([], [])).toThrow(RangeError);
    expect(() => toCsv(['a'], [['1', '2']])).toThrow(/Row 1 has 2 values/);
  });

  test('unicode survives: right-to-left text, combining marks, emoji', () => {
    const header = ['שם', 'ملاحظة', 'note'];
    const row = ['דוד לוי', 'مرحبا بالعالم', 'Zoe\u0308 👨🏽‍⚕️ 🇺🇸'];
    const parsed = parseCsv(toCsv(header, [row]));
    expect(parsed.header).toEqual(header);
    expect(parsed.rows[0]?.cells).toEqual(row);
  });

  test('round trip: parseCsv(toCsv(x)) gives x back, formula-like values with their apostrophe', () => {
    const tricky = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', '"', ',', '\r', '\n', '=', '+', '-', '@', '\t', "'"),
    });
    const cell = fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
        ),
      );
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = parseCsv(toCsv(header, rows));
        expect(parsed.header).toEqual(header.map(neutralized));
        expect(parsed.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.map(neutralized)));
      }),
      { numRuns: 1000 },
    );
  });
});
