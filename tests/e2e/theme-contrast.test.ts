import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * WCAG 2.2 AA for the one theme, in both schemes: the colour pairs the UI kit actually uses.
 * Text needs 4.5:1; control borders, focus rings and meters (non-text) need 3:1.
 */
const css = readFileSync(new URL('../../renderer/src/styles/tokens.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = tokens(css.slice(0, darkStart));
const dark = { ...light, ...tokens(css.slice(darkStart)) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function color(theme: Record<string, string>, name: string): string {
  const value = theme[name];
  if (!value) throw new Error(`tokens.css has no --${name} colour`);
  return value;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-sunken'],
  ['text', 'accent-soft'],
  ['text', 'danger-soft'],
  ['text', 'success-soft'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-sunken'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'surface-sunken'],
  ['accent-contrast', 'accent'],
  ['accent-contrast', 'accent-hover'],
  ['accent-soft-text', 'accent-soft'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['danger', 'bg'],
];

const NON_TEXT: [string, string][] = [
  ['border-strong', 'surface'],
  ['border-strong', 'bg'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface-sunken'],
  ['accent', 'surface'],
  ['danger', 'surface'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  test.each(TEXT)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(color(theme, fg), color(theme, bg))).toBeGreaterThanOrEqual(4.5);
  });

  test.each(NON_TEXT)('%s against %s is at least 3:1', (fg, bg) => {
    expect(contrast(color(theme, fg), color(theme, bg))).toBeGreaterThanOrEqual(3);
  });
});
