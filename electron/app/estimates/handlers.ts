import type { DomainHandlers } from '../context.ts';

export const estimatesHandlers: DomainHandlers<'estimates'> = {};
