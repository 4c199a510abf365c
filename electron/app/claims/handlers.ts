import type { DomainHandlers } from '../context.ts';

export const claimsHandlers: DomainHandlers<'claims'> = {};
