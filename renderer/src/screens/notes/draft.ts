import {
  NOTE_TEMPLATES,
  type Note,
  type NoteTemplate,
  type Risk,
} from '../../../../shared/domain/notes.ts';

export type Ideation = Risk['suicidalIdeation'];

/** The risk fields as typed: the two ideation questions start unanswered, never "denied". */
export interface RiskDraft {
  suicidalIdeation: Ideation | null;
  homicidalIdeation: Ideation | null;
  plan: boolean;
  intent: boolean;
  safetyPlanReviewed: boolean;
  notes: string;
}

export interface AddressedDraft {
  objectiveId: string;
  comment: string;
}

/** A note as the editor holds it while the counselor writes. */
export interface NoteDraft {
  template: NoteTemplate;
  fields: Record<string, string>;
  objectives: AddressedDraft[];
  riskIncluded: boolean;
  risk: RiskDraft;
}

export const EMPTY_RISK: RiskDraft = {
  suicidalIdeation: null,
  homicidalIdeation: null,
  plan: false,
  intent: false,
  safetyPlanReviewed: false,
  notes: '',
};

export function blankFields(template: NoteTemplate): Record<string, string> {
  return Object.fromEntries(NOTE_TEMPLATES[template].fields.map((f) => [f.key, '']));
}

export function blankDraft(template: NoteTemplate): NoteDraft {
  return {
    template,
    fields: blankFields(template),
    objectives: [],
    riskIncluded: false,
    risk: EMPTY_RISK,
  };
}

export function draftFromNote(note: Note): NoteDraft {
  return {
    template: note.template,
    fields: { ...blankFields(note.template), ...note.fields },
    objectives: note.objectives.map((o) => ({ ...o })),
    riskIncluded: note.risk !== null,
    risk: note.risk ? { ...note.risk } : EMPTY_RISK,
  };
}

/** Both ideation questions answered: only then is there a risk assessment to record. */
export function riskAnswered(risk: RiskDraft): boolean {
  return risk.suicidalIdeation !== null && risk.homicidalIdeation !== null;
}

export function riskPayload(draft: NoteDraft, required: boolean): Risk | null {
  if (!(draft.riskIncluded || required)) return null;
  const { suicidalIdeation, homicidalIdeation } = draft.risk;
  if (suicidalIdeation === null || homicidalIdeation === null) return null;
  return { ...draft.risk, suicidalIdeation, homicidalIdeation };
}

/** The core's own test for an empty note: every section blank. */
export function hasWords(draft: NoteDraft): boolean {
  return Object.values(draft.fields).some((text) => text.trim() !== '');
}

/** Nothing the counselor would miss: a note is only created once there is. */
export function isBlank(draft: NoteDraft): boolean {
  return !hasWords(draft) && draft.objectives.length === 0 && !draft.riskIncluded;
}
