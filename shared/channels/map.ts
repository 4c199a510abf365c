import type { z } from 'zod';

/** A part of the contract: channel name to its input and output schemas. */
export type ChannelMap = Record<string, { input: z.ZodType; output: z.ZodType }>;
