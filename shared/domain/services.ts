import { z } from 'zod';
import { id, requiredLine } from './text.ts';

/** CMS place-of-service codes a counselor uses. */
export const PLACES_OF_SERVICE = {
  '02': 'Telehealth, not in the client’s home',
  '03': 'School',
  '10': 'Telehealth in the client’s home',
  '11': 'Office',
  '12': 'Client’s home',
  '99': 'Other place',
} as const;
export type PlaceOfService = keyof typeof PLACES_OF_SERVICE;
const posCodes = Object.keys(PLACES_OF_SERVICE) as [PlaceOfService, ...PlaceOfService[]];
export const placeOfService = z.enum(posCodes, 'Choose a place of service.');

export const modifier = z
  .string()
  .regex(/^[A-Z0-9]{2}$/, 'A modifier is two letters or digits, like 95 or HO.');
export const modifiers = z.array(modifier).max(4, 'A claim line carries at most 4 modifiers.');

export const cptCode = z
  .string('Enter a CPT code.')
  .regex(/^\d{4}[0-9A-Z]$/, 'A CPT code is five characters, like 90834.');

export const money = (label: string) =>
  z
    .number(`Enter ${label}.`)
    .int(`${label} must be whole cents.`)
    .min(0, `${label} cannot be negative.`)
    .max(100_000_00, `${label} can be at most $100,000.`);

export const serviceFields = z.strictObject({
  code: cptCode,
  /** Our own plain words: the official CPT descriptors are copyrighted and never shown. */
  label: requiredLine(120, 'Label'),
  defaultMinutes: z
    .number('Enter the usual length in minutes.')
    .int('Use whole minutes.')
    .min(0, 'Minutes cannot be negative.')
    .max(480, 'A session can be at most 8 hours.'),
  feeCents: money('The fee'),
  placeOfService,
  modifiers,
  isAddOn: z.boolean(),
  active: z.boolean(),
});
export type ServiceFields = z.infer<typeof serviceFields>;

export const service = serviceFields.extend({ id: z.number().int() });
export type Service = z.infer<typeof service>;

export const serviceSaveInput = serviceFields.extend({ id: id('service').nullable() });

/** The common psychotherapy codes, seeded with plain labels and editable fees. */
export const SEED_SERVICES: readonly ServiceFields[] = [
  ['90791', 'Intake assessment', 60, 200_00, false],
  ['90832', 'Therapy session, about 30 minutes', 30, 90_00, false],
  ['90834', 'Therapy session, about 45 minutes', 45, 130_00, false],
  ['90837', 'Therapy session, about 60 minutes', 60, 170_00, false],
  ['90846', 'Family session, client not present', 50, 130_00, false],
  ['90847', 'Family or couples session, client present', 50, 140_00, false],
  ['90853', 'Group therapy', 90, 60_00, false],
  ['90839', 'Crisis session, first hour', 60, 180_00, false],
  ['90840', 'Crisis session, each added 30 minutes', 30, 90_00, true],
  ['90785', 'Interactive complexity', 0, 20_00, true],
].map(([code, label, defaultMinutes, feeCents, isAddOn]) => ({
  code: code as string,
  label: label as string,
  defaultMinutes: defaultMinutes as number,
  feeCents: feeCents as number,
  placeOfService: '11' as const,
  modifiers: [],
  isAddOn: isAddOn as boolean,
  active: true,
}));
