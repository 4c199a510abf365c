import { z } from 'zod';

/** The client fields a CSV column can be mapped to, with header names recognised for each. */
export const IMPORT_FIELDS = [
  {
    key: 'legalFirstName',
    label: 'Legal first name',
    aliases: ['first name', 'first', 'given name', 'firstname'],
  },
  { key: 'legalMiddleName', label: 'Middle name', aliases: ['middle', 'middle initial'] },
  {
    key: 'legalLastName',
    label: 'Legal last name',
    aliases: ['last name', 'last', 'surname', 'family name'],
  },
  { key: 'preferredName', label: 'Preferred name', aliases: ['nickname', 'goes by', 'preferred'] },
  { key: 'pronouns', label: 'Pronouns', aliases: [] },
  {
    key: 'dateOfBirth',
    label: 'Date of birth',
    aliases: ['dob', 'birth date', 'birthdate', 'birthday'],
  },
  { key: 'phone', label: 'Phone', aliases: ['phone number', 'mobile', 'cell', 'telephone'] },
  { key: 'email', label: 'Email', aliases: ['email address', 'e-mail'] },
  { key: 'address.line1', label: 'Street address', aliases: ['address', 'address 1', 'street'] },
  { key: 'address.line2', label: 'Address line 2', aliases: ['address 2', 'apt', 'suite'] },
  { key: 'address.city', label: 'City', aliases: ['town'] },
  { key: 'address.region', label: 'State or region', aliases: ['state', 'region', 'province'] },
  { key: 'address.postalCode', label: 'Postal code', aliases: ['zip', 'zip code', 'postcode'] },
  { key: 'status', label: 'Status', aliases: [] },
  {
    key: 'referralSource',
    label: 'Referral source',
    aliases: ['referral', 'referred by', 'source'],
  },
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
const fieldKeys = IMPORT_FIELDS.map((f) => f.key) as [ImportField, ...ImportField[]];

export const importMapping = z
  .array(z.enum([...fieldKeys, 'ignore'], 'Choose a field or Ignore.'))
  .max(200, 'The file has too many columns.')
  .refine(
    (m) => new Set(m.filter((f) => f !== 'ignore')).size === m.filter((f) => f !== 'ignore').length,
    'Each field can take one column only.',
  );

export const importInput = z.strictObject({
  /** The file's text, read in the window from a file the counselor chose. */
  csv: z
    .string('Choose a CSV file.')
    .max(10_000_000, 'The file is larger than 10 MB. Split it and import each part.'),
  mapping: importMapping.nullable().default(null),
});

export const importProblem = z.strictObject({
  line: z.number().int(),
  field: z.string(),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importPreview = z.strictObject({
  header: z.array(z.string()),
  mapping: z.array(z.enum([...fieldKeys, 'ignore'])),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  problemRows: z.number().int(),
  problems: z.array(importProblem),
  sample: z.array(
    z.strictObject({
      legalFirstName: z.string(),
      legalLastName: z.string(),
      preferredName: z.string(),
      dateOfBirth: z.string().nullable(),
      phone: z.string(),
      email: z.string(),
      status: z.string(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreview>;
