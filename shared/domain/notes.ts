import { z } from 'zod';
import { id, line, paragraph } from './text.ts';
import { itemId } from './plans.ts';

/** Note templates, each with its own sections, in the order a counselor writes them. */
export const NOTE_TEMPLATES = {
  soap: {
    label: 'SOAP',
    fields: [
      {
        key: 'subjective',
        label: 'Subjective',
        hint: 'What the client reported, in their words where it matters.',
      },
      {
        key: 'objective',
        label: 'Objective',
        hint: 'What you observed: affect, appearance, behavior, measures.',
      },
      {
        key: 'assessment',
        label: 'Assessment',
        hint: 'Your clinical impression and progress toward goals.',
      },
      { key: 'plan', label: 'Plan', hint: 'Next steps, homework and the next session.' },
    ],
  },
  dap: {
    label: 'DAP',
    fields: [
      { key: 'data', label: 'Data', hint: 'What the client said and what you observed.' },
      {
        key: 'assessment',
        label: 'Assessment',
        hint: 'Your interpretation and progress toward goals.',
      },
      { key: 'plan', label: 'Plan', hint: 'Next steps and the next session.' },
    ],
  },
  birp: {
    label: 'BIRP',
    fields: [
      {
        key: 'behavior',
        label: 'Behavior',
        hint: 'The client’s presentation and what they reported.',
      },
      { key: 'intervention', label: 'Intervention', hint: 'What you did in session.' },
      { key: 'response', label: 'Response', hint: 'How the client responded.' },
      { key: 'plan', label: 'Plan', hint: 'Next steps and the next session.' },
    ],
  },
  free: {
    label: 'Free form',
    fields: [{ key: 'narrative', label: 'Note', hint: 'Write the note in your own structure.' }],
  },
} as const;
export type NoteTemplate = keyof typeof NOTE_TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(NOTE_TEMPLATES) as [NoteTemplate, ...NoteTemplate[]];
export const noteTemplate = z.enum(TEMPLATE_KEYS, 'Choose a template.');

const IDEATION = ['denied', 'passive', 'active'] as const;

export const risk = z.strictObject({
  suicidalIdeation: z.enum(IDEATION, 'Choose denied, passive or active.'),
  homicidalIdeation: z.enum(IDEATION, 'Choose denied, passive or active.'),
  plan: z.boolean(),
  intent: z.boolean(),
  safetyPlanReviewed: z.boolean(),
  notes: paragraph(5_000, 'Risk notes'),
});
export type Risk = z.infer<typeof risk>;

export const addressedObjective = z.strictObject({
  objectiveId: itemId,
  comment: paragraph(2_000, 'Progress comment'),
});

/** Section texts keyed by the template's field keys; each may be long, none may be huge. */
export const noteFields = z
  .record(z.string().regex(/^[a-z]{1,20}$/), paragraph(50_000, 'This section'))
  .refine((f) => Object.keys(f).length <= 8, 'A note has at most 8 sections.');

export const noteSaveInput = z.strictObject({
  id: id('note'),
  fields: noteFields,
  objectives: z.array(addressedObjective).max(40),
  /** null: risk fields not recorded in this note. */
  risk: risk.nullable(),
});

export const noteSignInput = z
  .strictObject({
    id: id('note'),
    /** The counselor re-enters the passphrase, or their PIN, to sign. */
    passphrase: z.string().max(1024).optional(),
    pin: z.string().max(8).optional(),
  })
  .refine((v) => (v.passphrase ? 1 : 0) + (v.pin ? 1 : 0) === 1, {
    message: 'Enter your passphrase or PIN to sign.',
    path: ['passphrase'],
  });

export const addendumInput = z
  .strictObject({
    noteId: id('note'),
    text: paragraph(20_000, 'Addendum').refine((v) => v.length > 0, 'Write the addendum.'),
    passphrase: z.string().max(1024).optional(),
    pin: z.string().max(8).optional(),
  })
  .refine((v) => (v.passphrase ? 1 : 0) + (v.pin ? 1 : 0) === 1, {
    message: 'Enter your passphrase or PIN to sign the addendum.',
    path: ['passphrase'],
  });

export const addendum = z.strictObject({
  id: z.number().int(),
  text: z.string(),
  signedAt: z.string(),
  signedBy: z.string(),
});

export const note = z.strictObject({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  appointmentId: z.number().int(),
  template: noteTemplate,
  status: z.enum(['draft', 'signed']),
  serviceDate: z.string(),
  startAt: z.string(),
  durationMin: z.number().int(),
  serviceCode: z.string(),
  serviceLabel: z.string(),
  placeOfService: z.string(),
  diagnoses: z.array(z.strictObject({ code: z.string(), title: z.string() })),
  fields: z.record(z.string(), z.string()),
  objectives: z.array(addressedObjective),
  risk: risk.nullable(),
  /** Risk fields must be shown: the latest PHQ-9 answered item 9 above 0. */
  riskRequired: z.boolean(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  addenda: z.array(addendum),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof note>;

export const noteSummary = z.strictObject({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  appointmentId: z.number().int(),
  serviceDate: z.string(),
  template: noteTemplate,
  status: z.enum(['draft', 'signed']),
  excerpt: z.string(),
  updatedAt: z.string(),
});
export type NoteSummary = z.infer<typeof noteSummary>;

export const noteListInput = z.strictObject({
  clientId: id('client'),
  query: line(200, 'Search').default(''),
});

export const noteCreateInput = z.strictObject({
  appointmentId: id('session'),
  template: noteTemplate.optional(),
});

export const noteSettings = z.strictObject({ defaultTemplate: noteTemplate });
export type NoteSettings = z.infer<typeof noteSettings>;
export const DEFAULT_NOTE_SETTINGS: NoteSettings = { defaultTemplate: 'soap' };
