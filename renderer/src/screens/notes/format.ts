import { dateInZone } from '../../../../shared/dates.ts';
import { NOTE_TEMPLATES, type NoteTemplate } from '../../../../shared/domain/notes.ts';
import { PLACES_OF_SERVICE } from '../../../../shared/domain/services.ts';
import { formatDateLong, formatDateShort, formatTime } from '../schedule/time.ts';
import type { Ideation } from './draft.ts';

export const IDEATION_LABELS: Record<Ideation, string> = {
  denied: 'Denied',
  passive: 'Passive',
  active: 'Active',
};

export function templateName(template: NoteTemplate): string {
  const label = NOTE_TEMPLATES[template].label;
  return template === 'free' ? 'Free-form note' : `${label} note`;
}

/** "Subjective, Objective, Assessment, Plan"; a one-section template says what it is for. */
export function sectionNames(template: NoteTemplate): string {
  const { fields } = NOTE_TEMPLATES[template];
  return fields.length === 1 ? (fields[0]?.hint ?? '') : fields.map((f) => f.label).join(', ');
}

export function placeName(code: string): string {
  const name = PLACES_OF_SERVICE[code as keyof typeof PLACES_OF_SERVICE];
  return name ? `${code} · ${name}` : code;
}

/** "Tuesday, March 3, 2026 at 3:00 PM", in the practice's zone. */
export function formatMoment(iso: string, zone: string): string {
  return `${formatDateLong(dateInZone(new Date(iso), zone))} at ${formatTime(iso, zone)}`;
}

/** "10:42 AM" today, "Mon, Mar 2, 10:42 AM" before: when a draft was last saved. */
export function formatSaved(iso: string, zone: string, now: Date): string {
  const day = dateInZone(new Date(iso), zone);
  const time = formatTime(iso, zone);
  return day === dateInZone(now, zone) ? time : `${formatDateShort(day)}, ${time}`;
}
