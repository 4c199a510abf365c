/**
 * Money is an integer number of minor units (cents) everywhere. Percentages are integer basis
 * points (1 bp = 0.01 %). Rounding is half away from zero, and splits always add up to the whole.
 */

/** Keeps cents exact: integers only, and small enough that division by 100 never loses digits. */
export const MAX_CENTS = 2 ** 51;

export function cents(value: number): number {
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_CENTS) {
    throw new RangeError('A money amount must be a whole number of cents.');
  }
  return value;
}

function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** `amount` times `bps` / 10,000, rounded half away from zero. */
export function applyBasisPoints(amount: number, bps: number): number {
  cents(amount);
  if (!Number.isInteger(bps)) throw new RangeError('Basis points must be a whole number.');
  return cents(roundHalfAwayFromZero((amount * bps) / 10_000));
}

/**
 * Splits `total` across `weights` by the largest-remainder method: every part is whole cents and
 * the parts add up to `total` exactly. Ties go to the earlier part.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  cents(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0)) {
    throw new RangeError('Weights must be non-negative and add up to more than zero.');
  }
  const sign = Math.sign(total) || 1;
  const abs = Math.abs(total);
  const exact = weights.map((w) => (abs * w) / sum);
  const parts = exact.map(Math.floor);
  let left = abs - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts.map((p) => p * sign || 0);
}

function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents(amount) / 10 ** digits);
}

/** Parses "1,234.50" or "-12" into minor units; returns null for anything else. */
export function parseMoney(text: string, currency = 'USD'): number | null {
  const digits = minorDigits(currency);
  const m = /^\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? '';
  if (fraction.length > digits) return null;
  const whole = Number((m[2] as string).replaceAll(',', ''));
  const minor = whole * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor > MAX_CENTS) return null;
  return m[1] ? -minor || 0 : minor;
}
