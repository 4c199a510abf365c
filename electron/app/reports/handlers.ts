import type { DomainHandlers } from '../context.ts';

export const reportsHandlers: DomainHandlers<'reports'> = {};
