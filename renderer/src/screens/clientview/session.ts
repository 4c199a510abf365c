import { z } from 'zod';
import { AUTO_LOCK_LIMITS } from '../../../../shared/domain/settings.ts';
import { MEASURE_KINDS } from '../../../../shared/measures.ts';

/**
 * What the counselor decided when turning the screen: which questionnaire to offer, and what the
 * exit dialog and the idle lock need from Settings. Settings are closed while Client view is open,
 * so a reloaded window reads them from here (sessionStorage: memory only, gone with the window).
 * It holds no record data; which client is open always comes from the core.
 */
const KEY = 'accord.clientView';

const remembered = z.object({
  measure: z.enum(MEASURE_KINDS).nullable(),
  pinSet: z.boolean().nullable(),
  autoLockMinutes: z.number().int().min(AUTO_LOCK_LIMITS.min).max(AUTO_LOCK_LIMITS.max),
});
export type ClientViewChoices = z.infer<typeof remembered>;

/** Before the core has been asked: no questionnaire chosen, PIN unknown, the default lock. */
const UNKNOWN: ClientViewChoices = {
  measure: null,
  pinSet: null,
  autoLockMinutes: AUTO_LOCK_LIMITS.default,
};

export function rememberChoices(choices: ClientViewChoices): void {
  sessionStorage.setItem(KEY, JSON.stringify(choices));
}

export function recallChoices(): ClientViewChoices {
  try {
    const parsed = remembered.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

export function forgetChoices(): void {
  sessionStorage.removeItem(KEY);
}
