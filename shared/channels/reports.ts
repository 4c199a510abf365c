import type { ChannelMap } from './map.ts';

/** Money reports: aging, income, the year-end summary, and their CSV exports. */
export const reportsChannels = {} as const satisfies ChannelMap;
