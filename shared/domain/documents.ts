import { z } from 'zod';
import { daysBetween, isCalendarDate, isoDate } from '../dates.ts';
import { id } from './text.ts';

const dateRange = z
  .strictObject({ clientId: id('client'), from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  })
  .refine((v) => daysBetween(v.from, v.to) <= 366 * 5, {
    message: 'Choose a range of at most five years.',
    path: ['from'],
  });

export const invoiceInput = dateRange;
export const superbillInput = dateRange;

export const statementInput = z.strictObject({
  clientId: id('client'),
  month: z
    .string('Choose a month.')
    .refine(
      (v) => /^\d{4}-\d{2}$/.test(v) && isCalendarDate(`${v}-01`),
      'Choose a month as YYYY-MM, like 2026-06.',
    ),
});

export const DAY_DOCUMENT_KINDS = ['auto', 'invoice', 'superbill'] as const;
export type DayDocumentKind = (typeof DAY_DOCUMENT_KINDS)[number];
export const DAY_DOCUMENT_LABELS: Record<DayDocumentKind, string> = {
  auto: 'Invoice or superbill, as fits each client',
  invoice: 'Invoices for everyone',
  superbill: 'Superbills for everyone',
};

export const forDayInput = z.strictObject({
  day: isoDate,
  kind: z.enum(DAY_DOCUMENT_KINDS, 'Choose invoices, superbills, or both as fits each client.'),
});

export const dayDocuments = z.strictObject({
  saved: z.boolean(),
  /** The folder's name only (the counselor chose it; its full path stays on this computer). */
  folder: z.string().nullable(),
  files: z.array(
    z.strictObject({
      clientId: z.number().int(),
      clientName: z.string(),
      kind: z.enum(['invoice', 'superbill']),
      fileName: z.string(),
    }),
  ),
});
export type DayDocuments = z.infer<typeof dayDocuments>;

/** "2026-06" to its first and last day. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}
