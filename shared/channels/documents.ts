import { z } from 'zod';
import {
  dayDocuments,
  forDayInput,
  invoiceInput,
  statementInput,
  superbillInput,
} from '../domain/documents.ts';
import {
  estimate,
  estimateCreateInput,
  estimateExportInput,
  estimateListInput,
  estimateWarningRow,
  estimateWarningsInput,
} from '../domain/estimates.ts';
import { savedFile } from '../domain/scheduling.ts';
import type { ChannelMap } from './map.ts';

/** Billing documents (invoices, statements, superbills) and Good Faith Estimates. */
export const documentsChannels = {
  'documents.invoice': { input: invoiceInput, output: savedFile },
  'documents.statement': { input: statementInput, output: savedFile },
  'documents.superbill': { input: superbillInput, output: savedFile },
  'documents.forDay': { input: forDayInput, output: dayDocuments },

  'estimates.create': { input: estimateCreateInput, output: estimate },
  'estimates.list': {
    input: estimateListInput,
    output: z.strictObject({ estimates: z.array(estimate) }),
  },
  'estimates.exportPdf': { input: estimateExportInput, output: savedFile },
  'estimates.warnings': {
    input: estimateWarningsInput,
    output: z.strictObject({ warnings: z.array(estimateWarningRow) }),
  },
} as const satisfies ChannelMap;
