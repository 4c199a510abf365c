import {
  agingInput,
  agingReport,
  incomeInput,
  incomeReport,
  reportExportInput,
  yearEndInput,
  yearEndReport,
} from '../domain/reports.ts';
import { savedFile } from '../domain/scheduling.ts';
import type { ChannelMap } from './map.ts';

/** Money reports: aging, income, the year-end summary, and their CSV exports. */
export const reportsChannels = {
  'reports.aging': { input: agingInput, output: agingReport },
  'reports.income': { input: incomeInput, output: incomeReport },
  'reports.yearEnd': { input: yearEndInput, output: yearEndReport },
  /** Asks where to save, writes the report as CSV; `count` is its rows (the totals row aside). */
  'reports.exportCsv': { input: reportExportInput, output: savedFile },
} as const satisfies ChannelMap;
