/**
 * The shell's only logger. An error's message can quote a record (a name in a constraint
 * failure, a path with a client's name in it), so only the kind of error is ever written: its
 * class name and, for system errors, its code.
 */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)
      ? `${error.name} ${code}`
      : error.name;
  }
  return typeof error;
}

export function logError(where: string, error: unknown): void {
  console.error(`[accord] ${where}: ${errorKind(error)}`);
}

/** For fixed, data-free messages only. */
export function logNotice(message: string): void {
  console.warn(`[accord] ${message}`);
}
