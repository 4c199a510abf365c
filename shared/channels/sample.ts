import { z } from 'zod';
import type { ChannelMap } from './map.ts';

/** The passphrase of the sample practice's own vault: shown on its unlock screen, never secret. */
export const SAMPLE_PASSPHRASE = 'sample';

/** The sample practice: whether the open vault is one, and the way to open it. */
export const sampleChannels = {
  /** Read once after unlock: every screen then shows the "invented data" banner. */
  'sample.status': {
    input: z.strictObject({}),
    output: z.strictObject({ sample: z.boolean() }),
  },
  /**
   * Opens the sample practice in its own data folder. Only the desktop shell can do that (it
   * restarts Accord on the demo folder, so real and sample records never share a core); it
   * answers this channel before the core sees it, even while the vault is locked.
   */
  'sample.openDemo': {
    input: z.strictObject({}),
    output: z.strictObject({ opening: z.boolean() }),
  },
} as const satisfies ChannelMap;
