import { join } from 'node:path';
import type { Dispatch } from './app/dispatch.ts';
import { DEMO_FOLDER } from './app/sample/demo.ts';

/**
 * The sample practice in the desktop shell. `npm start -- --demo` (or the first-run screen's
 * "Explore a sample practice") runs Accord on a data folder of its own, so the core that holds
 * the invented practice never sees the counselor's folder, and the other way round. Kept apart
 * from main.ts so its decisions are unit-tested without Electron.
 */
export const DEMO_ARG = '--demo';

/** Whether this process was started on the sample practice. */
export function wantsDemo(argv: readonly string[]): boolean {
  return argv.includes(DEMO_ARG);
}

/** The data folder: the counselor's vault, or the sample practice's beside it. */
export function dataDirFor(userData: string, demo: boolean): string {
  return join(userData, demo ? DEMO_FOLDER : 'vault');
}

/**
 * The page to load. On the sample practice it carries `?sample`, so the unlock screen can show
 * the sample's (non-secret) passphrase before anything is unlocked; the app protocol serves files
 * by path only, so the query changes nothing else.
 */
export function entryFor(entry: string, demo: boolean): string {
  if (!demo) return entry;
  const url = new URL(entry);
  url.searchParams.set('sample', '');
  return url.href;
}

/** The arguments to restart with on the sample practice: the same ones, plus --demo once. */
export function relaunchArgs(argv: readonly string[]): string[] {
  return [...argv.slice(1).filter((a) => a !== DEMO_ARG), DEMO_ARG];
}

/**
 * Answers `sample.openDemo` in the shell, before the core: only the shell can restart Accord on
 * another folder, and the first-run screen asks while the vault is still locked (when the core
 * answers nothing but `vault.*`). Every other channel goes to the core unchanged.
 */
export function withDemoChannel(dispatch: Dispatch, openDemo: () => void): Dispatch {
  return async (channel, input) => {
    if (channel !== 'sample.openDemo') return dispatch(channel, input);
    if (typeof input !== 'object' || input === null || Object.keys(input).length > 0) {
      return dispatch(channel, input);
    }
    // After this answer has gone back to the page: the restart closes the window.
    setTimeout(openDemo, 50);
    return { ok: true, value: { opening: true } };
  };
}
