/** A JSON list stored in a text column; anything unreadable reads as empty. */
function jsonList(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** A charge's CPT modifiers (`charges.modifiers`), e.g. ['95'] for telehealth. */
export function chargeModifiers(json: string): string[] {
  return jsonList(json).filter((m): m is string => typeof m === 'string');
}

/**
 * A charge's diagnosis pointers (`charges.diagnosis_pointers`): 1-based positions into the
 * client's diagnoses, only those from 1 to `count`.
 */
export function chargePointers(json: string, count: number): number[] {
  return jsonList(json).filter(
    (p): p is number => Number.isInteger(p) && (p as number) >= 1 && (p as number) <= count,
  );
}
