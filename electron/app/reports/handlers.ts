import { dateInZone } from '../../../shared/dates.ts';
import type { ReportExportInput } from '../../../shared/domain/reports.ts';
import { recordEvent } from '../audit/audit.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { saveFile } from '../files.ts';
import { getPractice } from '../settings/settings.ts';
import { agingReport } from './aging.ts';
import { incomeReport } from './income.ts';
import { agingCsv, incomeCsv, yearEndCsv, type ReportFile } from './report-csv.ts';
import { yearEndReport } from './year-end.ts';

/** Today in the practice's time zone: the default as-of day. */
async function practiceToday(ctx: AppContext): Promise<string> {
  return dateInZone(ctx.clock.now(), (await getPractice(ctx.db)).timeZone);
}

async function reportFile(input: ReportExportInput, ctx: AppContext): Promise<ReportFile> {
  const { currency, timeZone } = await getPractice(ctx.db);
  switch (input.report) {
    case 'aging':
      return agingCsv(
        await agingReport(ctx.db, input.asOf ?? (await practiceToday(ctx)), input.by),
        currency,
      );
    case 'income':
      return incomeCsv(await incomeReport(ctx.db, input.from, input.to, input.by), currency);
    case 'yearEnd':
      return yearEndCsv(await yearEndReport(ctx.db, input.year, timeZone), currency);
  }
}

/**
 * Reports are read, not written: viewing one is not audited. They are practice-wide money
 * summaries (names and amounts, never clinical detail) shown inside the unlocked app, like the
 * end-of-day sheet. Exporting one is audited, because a copy then leaves the encrypted vault;
 * its audit summary names the report and the file, never a client.
 */
export const reportsHandlers: DomainHandlers<'reports'> = {
  'reports.aging': async ({ asOf, by }, ctx) =>
    agingReport(ctx.db, asOf ?? (await practiceToday(ctx)), by),

  'reports.income': async ({ from, to, by }, ctx) => incomeReport(ctx.db, from, to, by),

  'reports.yearEnd': async ({ year }, ctx) =>
    yearEndReport(ctx.db, year, (await getPractice(ctx.db)).timeZone),

  'reports.exportCsv': async (input, ctx) => {
    const file = await reportFile(input, ctx);
    const result = await saveFile(
      ctx.files,
      { title: 'Export report', suggestedName: file.suggestedName, extensions: ['csv'] },
      file.csv,
    );
    if (result.saved) {
      await recordEvent(ctx, {
        action: 'report.exported',
        entity: 'report',
        summary: `${file.description} exported to ${result.fileName}`,
      });
    }
    return { ...result, count: file.count };
  },
};
