import type { PlanContent } from '../../../../shared/domain/plans.ts';
import type { ShownError } from '../../errors.ts';

/** A field's message from a refused save, by its path inside the plan ("goals.0.clinical"). */
export type FieldError = (path: string) => string | undefined;

function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      root,
    );
}

/**
 * Messages from the last refused save, each shown until its field is changed: a message under a
 * field the counselor has already corrected would only confuse.
 */
export function fieldErrors(
  error: ShownError | null,
  submitted: PlanContent | null,
  content: PlanContent,
): FieldError {
  return (path) => {
    const message = error?.fields[`content.${path}`];
    if (message === undefined || submitted === null) return message;
    return valueAt(submitted, path) === valueAt(content, path) ? message : undefined;
  };
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
