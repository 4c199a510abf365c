import type { EndOfDay } from '../../../../shared/domain/billing.ts';

export type DayRow = EndOfDay['rows'][number];

/** "9:05 AM" for a wall-clock "09:05": the day's rows are already in the practice's zone. */
export function formatClock(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'AM' : 'PM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
}

export const NOTE_LABELS: Record<DayRow['note'], string> = {
  missing: 'No note yet',
  draft: 'Draft',
  signed: 'Signed',
  not_needed: 'No note needed',
};

export const FEE_KIND: Record<string, string> = {
  late_cancel: 'Late-cancel fee',
  no_show: 'No-show fee',
};
