/**
 * Errors that cross the IPC boundary. A message is written for a counselor: what happened and
 * what to do next. `fields` maps a form field to its own message.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'VAULT_EXISTS',
  'VAULT_NOT_SET_UP',
  'VAULT_DAMAGED',
  'VAULT_MISSING',
  'DB_MISMATCH',
  'DB_MISSING',
  'DB_TOO_NEW',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AccordErrorShape {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  /** Seconds to wait before trying again (TOO_MANY_ATTEMPTS). */
  retryAfterSeconds?: number;
}

export class AccordError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AccordError';
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  toShape(): AccordErrorShape {
    const shape: AccordErrorShape = { code: this.code, message: this.message };
    if (this.fields) shape.fields = this.fields;
    if (this.retryAfterSeconds !== undefined) shape.retryAfterSeconds = this.retryAfterSeconds;
    return shape;
  }

  static from(shape: AccordErrorShape): AccordError {
    const extra: { fields?: Record<string, string>; retryAfterSeconds?: number } = {};
    if (shape.fields) extra.fields = shape.fields;
    if (shape.retryAfterSeconds !== undefined) extra.retryAfterSeconds = shape.retryAfterSeconds;
    return new AccordError(shape.code, shape.message, extra);
  }
}

/** What every IPC call returns: errors survive the boundary as data, never as thrown objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AccordErrorShape };
