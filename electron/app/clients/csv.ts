/**
 * CSV (RFC 4180) for importing and exporting clients. Import errors are read by counselors, not
 * developers, so each names the line of the file and says what to fix in plain words.
 */

export interface CsvLimits {
  /** Largest file accepted, in UTF-8 bytes. */
  maxBytes: number;
  /** Most data rows accepted (the header row is not counted). */
  maxRows: number;
}

/**
 * Far beyond any solo practice's client list, yet small enough that a file picked by mistake (an
 * export of a whole system, a log) is refused at once instead of freezing the import.
 */
export const CSV_LIMITS: Readonly<CsvLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxRows: 20_000,
});

export interface CsvRow {
  /** The 1-based line of the file where the row starts (a quoted value may span several lines). */
  line: number;
  /** One value per header column: short rows are padded with ''. */
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

/** A file that cannot be read as CSV. `line` is 0 when the problem is the file as a whole. */
export class CsvError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(line > 0 ? `Line ${line}: ${message}` : message);
    this.name = 'CsvError';
    this.line = line;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = '\uFEFF';

/** Bytes `text` takes in UTF-8, counted only as far as needed to know whether it exceeds `cap`. */
function exceedsUtf8Bytes(text: string, cap: number): boolean {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, two units, is 4): bounds first.
  if (text.length > cap) return true;
  if (text.length * 3 <= cap) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > cap) return true;
  }
  return false;
}

function describeSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Math.round((bytes / mb) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Line breaks in `text` from `from` to `to` (exclusive), a CRLF pair counting once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (i + 1 < to && text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return count;
}

/**
 * Reads a CSV file: the first non-blank row is the header, the rest are data rows.
 *
 * Accepts what spreadsheet programs write: a UTF-8 byte-order mark, CRLF, LF or CR line endings,
 * quoted values with "" for a quotation mark and line breaks inside, a final line break or none.
 * Blank lines, and rows that are nothing but commas (a spreadsheet's empty rows), are skipped.
 * Rows shorter than the header are padded with ''; a row with more values than the header has
 * columns is an error unless the extra values are all empty (trailing commas).
 *
 * Throws CsvError for anything else, and for files over `limits`.
 */
export function parseCsv(text: string, limits: Partial<CsvLimits> = {}): ParsedCsv {
  const { maxBytes, maxRows } = { ...CSV_LIMITS, ...limits };
  if (exceedsUtf8Bytes(text, maxBytes)) {
    throw new CsvError(
      0,
      `The file is larger than ${describeSize(maxBytes)}. Split it into smaller files and import them one at a time.`,
    );
  }
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const n = src.length;
  let i = 0;
  let line = 1;
  let header: string[] | undefined;
  const rows: CsvRow[] = [];

  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let quoted = false;

    for (;;) {
      if (i < n && src.charCodeAt(i) === QUOTE) {
        quoted = true;
        const openLine = line;
        let value = '';
        let from = ++i;
        for (;;) {
          const q = src.indexOf('"', i);
          if (q === -1) {
            throw new CsvError(
              openLine,
              'a quoted field is never closed. Look for a missing closing quotation mark (").',
            );
          }
          line += countLineBreaks(src, i, q);
          if (src.charCodeAt(q + 1) === QUOTE) {
            value += src.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          value += src.slice(from, q);
          i = q + 1;
          break;
        }
        const next = src.charCodeAt(i);
        if (i < n && next !== COMMA && next !== CR && next !== LF) {
          throw new CsvError(
            line,
            'there is text right after a closing quotation mark ("). If the value itself contains quotation marks, write each one twice ("").',
          );
        }
        cells.push(value);
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = src.charCodeAt(j);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) {
            throw new CsvError(
              line,
              'a quotation mark (") appears in the middle of a value. A value that contains quotation marks must be put in quotes as a whole, with each mark inside written twice ("").',
            );
          }
        }
        cells.push(src.slice(i, j));
        i = j;
      }

      if (i < n && src.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (i < n) {
        i += src.charCodeAt(i) === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      }
      break;
    }

    if (!quoted && cells.every((c) => c === '')) continue;
    if (header === undefined) {
      header = cells;
      continue;
    }
    if (cells.length > header.length) {
      if (cells.slice(header.length).some((c) => c !== '')) {
        throw new CsvError(
          startLine,
          `this row has ${cells.length} values but the first line names only ${header.length} columns. Check for a comma inside a value that is not in quotes.`,
        );
      }
      cells.length = header.length;
    }
    while (cells.length < header.length) cells.push('');
    if (rows.length === maxRows) {
      throw new CsvError(
        startLine,
        `the file has more than ${maxRows.toLocaleString('en-US')} rows. Split it into smaller files and import them one at a time.`,
      );
    }
    rows.push({ line: startLine, cells });
  }

  if (header === undefined) {
    throw new CsvError(0, 'The file is empty. Its first line should name the columns.');
  }
  return { header, rows };
}

/**
 * A value that a spreadsheet would run as a formula (or as a DDE command) when the file is opened
 * is made inert by a leading apostrophe, as OWASP advises for CSV injection: client data is typed
 * by people and must never execute on the counselor's computer.
 */
function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function formatCell(value: string): string {
  const safe = neutralize(value);
  // Edge spaces are quoted too: some programs trim them from unquoted values.
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function formatRow(cells: readonly string[], width: number): string {
  const out: string[] = [];
  for (let i = 0; i < width; i++) out.push(formatCell(cells[i] ?? ''));
  // A row of empty values would be written as bare commas, which reading skips as a blank row.
  if (!out.some((c) => c !== '')) out[0] = '""';
  return out.join(',');
}

/**
 * Writes a CSV file for spreadsheet programs: a UTF-8 byte-order mark (without it Excel reads the
 * file in the system's legacy encoding and garbles accents), CRLF line endings, values quoted when
 * they need it, and formula-like values neutralized with a leading apostrophe. Rows shorter than
 * the header are padded with empty values.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (header.length === 0) throw new RangeError('A CSV file needs at least one column.');
  const lines = [formatRow(header, header.length)];
  rows.forEach((row, index) => {
    if (row.length > header.length) {
      throw new RangeError(
        `Row ${index + 1} has ${row.length} values but the header has ${header.length} columns.`,
      );
    }
    lines.push(formatRow(row, header.length));
  });
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
