import type { Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import { clientCreateInput, type ClientFields } from '../../../shared/domain/clients.ts';
import { AccordError } from '../../../shared/errors.ts';
import type { Database } from '../db/schema.ts';
import { insertClient } from './clients.ts';
import { CsvError, parseCsv, toCsv } from './csv.ts';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportPreview,
  type ImportProblem,
} from '../../../shared/domain/client-import.ts';

const BLANK: z.input<typeof clientCreateInput> = {
  legalFirstName: '',
  legalMiddleName: '',
  legalLastName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: null,
  phone: '',
  email: '',
  address: { line1: '', line2: '', city: '', region: '', postalCode: '' },
  contactPreferences: {
    preferredChannel: 'phone',
    voicemailOk: false,
    textOk: false,
    emailOk: false,
  },
  emergencyContact: { name: '', relationship: '', phone: '' },
  referralSource: '',
  counselorNotes: '',
  status: 'active',
};

const normalizeHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Suggests a field for each column from its header; the counselor confirms or changes it. */
export function suggestMapping(header: readonly string[]): (ImportField | 'ignore')[] {
  const taken = new Set<ImportField>();
  return header.map((h) => {
    const key = normalizeHeader(h);
    const match = IMPORT_FIELDS.find(
      (f) =>
        !taken.has(f.key) && [f.key, f.label, ...f.aliases].some((a) => normalizeHeader(a) === key),
    );
    if (!match) return 'ignore';
    taken.add(match.key);
    return match.key;
  });
}

function buildInput(cells: readonly string[], mapping: readonly (ImportField | 'ignore')[]) {
  const input = structuredClone(BLANK) as Record<string, unknown> & typeof BLANK;
  mapping.forEach((field, column) => {
    if (field === 'ignore') return;
    const value = (cells[column] ?? '').trim();
    switch (field) {
      case 'dateOfBirth':
        input.dateOfBirth = value === '' ? null : value;
        break;
      case 'status':
        input.status = (value.toLowerCase() || 'active') as 'active';
        break;
      case 'address.line1':
      case 'address.line2':
      case 'address.city':
      case 'address.region':
      case 'address.postalCode':
        input.address[field.slice('address.'.length) as keyof typeof input.address] = value;
        break;
      default:
        input[field] = value;
    }
  });
  return input;
}

export interface ParsedImport {
  preview: ImportPreview;
  valid: { fields: ClientFields; status: 'active' | 'waitlist' }[];
}

const MAX_PROBLEMS = 200;

/** Reads the whole file and checks every row; nothing is written. */
export function readImport(csv: string, mapping: (ImportField | 'ignore')[] | null): ParsedImport {
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AccordError('VALIDATION', `This file cannot be read as CSV. ${error.message}`, {
        fields: { csv: error.message },
      });
    }
    throw error;
  }
  const columns = mapping ?? suggestMapping(parsed.header);
  if (columns.length !== parsed.header.length) {
    throw new AccordError('VALIDATION', 'Choose a field (or Ignore) for every column.', {
      fields: { mapping: `The file has ${parsed.header.length} columns.` },
    });
  }
  const problems: ImportProblem[] = [];
  for (const required of ['legalFirstName', 'legalLastName'] as const) {
    if (!columns.includes(required)) {
      const label = IMPORT_FIELDS.find((f) => f.key === required)?.label ?? required;
      problems.push({ line: 1, field: label, reason: `No column is mapped to ${label}.` });
    }
  }
  const valid: ParsedImport['valid'] = [];
  let problemRows = 0;
  for (const row of parsed.rows) {
    const result = clientCreateInput.safeParse(buildInput(row.cells, columns));
    if (result.success) {
      const { status, ...fields } = result.data;
      valid.push({ fields, status });
      continue;
    }
    problemRows++;
    for (const issue of result.error.issues) {
      if (problems.length >= MAX_PROBLEMS) break;
      const path = issue.path.join('.');
      const field = IMPORT_FIELDS.find((f) => f.key === path)?.label ?? path;
      problems.push({ line: row.line, field, reason: issue.message });
    }
  }
  return {
    valid,
    preview: {
      header: parsed.header,
      mapping: columns,
      totalRows: parsed.rows.length,
      validRows: valid.length,
      problemRows,
      problems,
      sample: valid.slice(0, 20).map(({ fields, status }) => ({
        legalFirstName: fields.legalFirstName,
        legalLastName: fields.legalLastName,
        preferredName: fields.preferredName,
        dateOfBirth: fields.dateOfBirth,
        phone: fields.phone,
        email: fields.email,
        status,
      })),
    },
  };
}

/** All or nothing: one problem anywhere and not a single row is written. */
export async function commitImport(
  trx: Transaction<Database>,
  parsed: ParsedImport,
  at: Date,
): Promise<number> {
  if (parsed.preview.problems.length > 0 || parsed.preview.problemRows > 0) {
    const n = parsed.preview.problemRows;
    throw new AccordError(
      'VALIDATION',
      `Nothing was imported: ${n === 1 ? 'one row has' : `${n} rows have`} problems. Fix them in the file or the column choices, then try again.`,
    );
  }
  if (parsed.valid.length === 0) {
    throw new AccordError('VALIDATION', 'Nothing was imported: the file has no client rows.');
  }
  for (const { fields, status } of parsed.valid) await insertClient(trx, fields, status, at);
  return parsed.valid.length;
}

export const EXPORT_COLUMNS = [
  'Legal first name',
  'Middle name',
  'Legal last name',
  'Preferred name',
  'Pronouns',
  'Date of birth',
  'Phone',
  'Email',
  'Street address',
  'Address line 2',
  'City',
  'State or region',
  'Postal code',
  'Status',
  'Discharged on',
  'Referral source',
];

export function clientsCsv(rows: Selectable<Database['clients']>[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    rows.map((r) => [
      r.legal_first_name,
      r.legal_middle_name,
      r.legal_last_name,
      r.preferred_name,
      r.pronouns,
      r.date_of_birth ?? '',
      r.phone,
      r.email,
      r.address_line1,
      r.address_line2,
      r.address_city,
      r.address_region,
      r.address_postal_code,
      r.status,
      r.discharged_on ?? '',
      r.referral_source,
    ]),
  );
}
