/**
 * The shell's only logger. An error's message can quote a record (a name in a constraint
 * failure, a path with a client's name in it), so only the kind of error is ever written: its
 * class name and, for system errors, its code.
 */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    // A name or code is data like any other when something sets it from a record: only a bare
    // identifier passes, else the line says just "Error".
    const name = /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(error.name) ? error.name : 'Error';
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `${name} ${code}` : name;
  }
  return typeof error;
}

/** `where` is a fixed place or a contract channel name; anything else is cut to what it can be. */
function place(where: string): string {
  return where.replace(/[^A-Za-z0-9 .:-]/g, '?').slice(0, 80);
}

export function logError(where: string, error: unknown): void {
  console.error(`[accord] ${place(where)}: ${errorKind(error)}`);
}

/** For fixed, data-free messages only. */
export function logNotice(message: string): void {
  console.warn(`[accord] ${message}`);
}
