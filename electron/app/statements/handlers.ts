import type { DomainHandlers } from '../context.ts';

export const documentsHandlers: DomainHandlers<'documents'> = {};
