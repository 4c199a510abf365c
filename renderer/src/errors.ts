import { AccordError, type ErrorCode } from '../../shared/errors.ts';

export const GENERIC_ERROR =
  'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Accord.';

/** An error as a screen shows it: a counselor-facing message and per-field messages. */
export interface ShownError {
  code: ErrorCode;
  message: string;
  fields: Record<string, string>;
  retryAfterSeconds?: number;
}

/**
 * Turns anything a call threw into words for the counselor. Unexpected failures get one calm
 * generic message: their details (stack traces included) are never shown.
 */
export function toShownError(error: unknown): ShownError {
  if (!(error instanceof AccordError) || error.code === 'INTERNAL') {
    return { code: 'INTERNAL', message: GENERIC_ERROR, fields: {} };
  }
  const shown: ShownError = {
    code: error.code,
    message: error.message,
    fields: error.fields ?? {},
  };
  if (error.retryAfterSeconds !== undefined) shown.retryAfterSeconds = error.retryAfterSeconds;
  return shown;
}

/**
 * Field messages the form cannot place (a field it does not show) are added to the summary, so
 * no message is ever lost.
 */
export function unplacedMessages(error: ShownError, placed: readonly string[]): string[] {
  return Object.entries(error.fields)
    .filter(([field]) => !placed.includes(field))
    .map(([, message]) => message);
}
