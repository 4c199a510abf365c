import type { ShownError } from '../../errors.ts';

/** A field's message from a refused save, by its path inside the plan ("goals.0.clinical"). */
export type FieldError = (path: string) => string | undefined;

export function fieldErrors(error: ShownError | null): FieldError {
  return (path) => error?.fields[`content.${path}`];
}

/** The plan fields the editor shows a message beside; any other message goes in the summary. */
const SHOWN = new Set([
  'clientWords',
  'clinical',
  'description',
  'baseline',
  'target',
  'targetDate',
  'status',
  'statusReason',
  'proposedBy',
  'name',
  'goalId',
  'benefits',
  'drawbacks',
  'asks',
  'decision',
  'reason',
  'text',
  'frequency',
  'modality',
  'format',
  'involvement',
  'helps',
  'doesNotHelp',
  'completionCriteria',
  'reviewDate',
  'counselorNotes',
]);

export function placedFields(error: ShownError | null): string[] {
  return Object.keys(error?.fields ?? {}).filter(
    (key) => key.startsWith('content.') && SHOWN.has(key.split('.').at(-1) ?? ''),
  );
}
