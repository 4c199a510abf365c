import { randomInt } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Canaries: distinctive strings seeded into records, then looked for in every file Accord or
 * Chromium may have left behind. Each canary carries the run's token (12 random letters, 56 bits:
 * no random byte run of an encrypted file matches it by chance), so one search finds them all.
 */
export interface Canaries {
  token: string;
  /** A canary for one kind of record, e.g. canary('Note') = 'CanaryNote<token>'. */
  canary(kind: string): string;
  /** The byte patterns searched for: the token as written and upper-cased, UTF-8 and UTF-16LE. */
  needles: readonly Needle[];
}

export interface Needle {
  label: string;
  bytes: Buffer;
}

export function makeCanaries(): Canaries {
  const token = Array.from({ length: 12 }, () => String.fromCharCode(97 + randomInt(26))).join('');
  const needles: Needle[] = [];
  for (const text of [token, token.toUpperCase()]) {
    for (const encoding of ['utf8', 'utf16le'] as const) {
      needles.push({
        label: `${text === token ? 'as written' : 'upper-case'} ${encoding}`,
        bytes: Buffer.from(text, encoding),
      });
    }
  }
  return { token, canary: (kind) => `Canary${kind}${token}`, needles };
}

export interface Hit {
  file: string;
  needle: string;
}

export interface ScanResult {
  files: number;
  bytes: number;
  hits: Hit[];
  /** Files that vanished or could not be read while the scan ran (another process's temp files). */
  unreadable: string[];
}

export interface ScanOptions {
  /** Folders left out (the export folder, a folder scanned on its own). */
  skip?: readonly string[];
  /** Only files created or changed at or after this time (ms), or absent from `before`. */
  changedSince?: number;
  before?: ReadonlySet<string>;
}

const CHUNK = 8 * 1024 * 1024;

/** Every regular file under `root` (symlinks are not followed: they point at others' files). */
function* walk(root: string, skip: readonly string[]): Generator<[string, Stats]> {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(root, name);
    if (skip.some((s) => path === s || path.startsWith(s + sep))) continue;
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      continue;
    }
    if (stats.isDirectory()) yield* walk(path, skip);
    else if (stats.isFile()) yield [path, stats];
  }
}

/** The paths of every file under `root` now, to tell later which files a test created. */
export function listFiles(root: string): Set<string> {
  return new Set(Array.from(walk(resolve(root), []), ([path]) => path));
}

/** Searches one file in chunks (files can be large), overlapping so no match is cut in two. */
function searchFile(path: string, needles: readonly Needle[]): { bytes: number; found: string[] } {
  const overlap = Math.max(...needles.map((n) => n.bytes.length)) - 1;
  const buffer = Buffer.alloc(CHUNK + overlap);
  const found = new Set<string>();
  const fd = openSync(path, 'r');
  let carried = 0;
  let total = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, carried, CHUNK, null);
      if (read === 0) break;
      total += read;
      const window = buffer.subarray(0, carried + read);
      for (const needle of needles) if (window.includes(needle.bytes)) found.add(needle.label);
      carried = Math.min(overlap, window.length);
      window.copy(buffer, 0, window.length - carried);
    }
  } finally {
    closeSync(fd);
  }
  return { bytes: total, found: [...found] };
}

/** Looks for the canaries in every file under `root` (paths in hits are relative to it). */
export function scanForCanaries(
  root: string,
  needles: readonly Needle[],
  options: ScanOptions = {},
): ScanResult {
  const result: ScanResult = { files: 0, bytes: 0, hits: [], unreadable: [] };
  const skip = (options.skip ?? []).map((s) => resolve(s));
  for (const [path, stats] of walk(resolve(root), skip)) {
    if (options.changedSince !== undefined) {
      const changed = Math.max(stats.mtimeMs, stats.ctimeMs) >= options.changedSince;
      if (!changed && options.before?.has(path) !== false) continue;
    }
    try {
      const { bytes, found } = searchFile(path, needles);
      result.files++;
      result.bytes += bytes;
      for (const needle of found) result.hits.push({ file: relative(root, path), needle });
    } catch {
      result.unreadable.push(relative(root, path));
    }
  }
  return result;
}
