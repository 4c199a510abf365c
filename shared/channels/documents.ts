import type { ChannelMap } from './map.ts';

/** Billing documents (invoices, statements, superbills) and Good Faith Estimates. */
export const documentsChannels = {} as const satisfies ChannelMap;
