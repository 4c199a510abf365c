import type { ChannelMap } from './map.ts';

/** Insurance claims: the CMS-1500 and 837P, and where each claim stands. */
export const claimsChannels = {} as const satisfies ChannelMap;
