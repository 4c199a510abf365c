import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { setUpPractice } from './steps.ts';

/**
 * The counselor's Measures tab: entering a PHQ-9 in session (incomplete, then whole), results
 * with severity, the item 9 flag in red with its date, and the charts over time with their text
 * and table forms.
 */
const ZONE = 'America/Denver';
const today = () => dateInZone(new Date(), ZONE);

async function openMeasures(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByLabel('Search clients').fill('Ashgrove');
  await page
    .getByRole('table', { name: 'Clients' })
    .getByRole('link', { name: 'Mara Ashgrove' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Mara Ashgrove' }).waitFor();
  await page.getByRole('tab', { name: 'Measures' }).click();
  await page.getByRole('heading', { level: 2, name: 'Measures' }).waitFor();
}

/** Answers the open dialog's questions, first to last, by the answer's label. */
async function answer(page: Page, labels: readonly (string | null)[]) {
  const items = page.getByRole('dialog').locator('.measure-items > li');
  for (const [index, label] of labels.entries()) {
    if (label) await items.nth(index).getByRole('radio', { name: label, exact: true }).check();
  }
}

describe('measures', () => {
  let app: LaunchedApp;
  let clientId: number;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      timeZone: ZONE,
    });
    clientId = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Mara', legalLastName: 'Ashgrove' }),
      )
    ).id;
    await app.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
    const { services } = await app.call('services.list', {});
    await app.call('schedule.create', {
      clientId,
      serviceId: services.find((s) => s.code === '90834')!.id,
      date: today(),
      time: '00:00',
      durationMin: 45,
      location: 'office',
      memo: '',
      allowConflicts: true,
    });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('an empty tab says what to do next', async () => {
    await openMeasures(app.page);
    await app.page.getByText('No questionnaires yet. Record one here').waitFor();
    await expect(app.page.locator('.line-chart').count()).resolves.toBe(0);
  });

  test('a PHQ-9 entered in session: incomplete first, then whole, tied to the session', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Record a PHQ-9 or GAD-7' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a questionnaire' });
    await dialog.getByText(MEASURE_STEM).waitFor();
    await answer(page, ['Not at all', 'Several days', null, null, null, null, null, null, null]);
    await dialog.getByText('7 of 9 unanswered: it can be saved as incomplete').waitFor();
    await dialog.getByRole('button', { name: 'Save result' }).click();
    await page.getByRole('status').filter({ hasText: 'Result saved.' }).waitFor();
    const results = page.getByRole('table', { name: 'Questionnaire results, newest first' });
    await results.getByText('Incomplete, not scored').waitFor();

    await page.getByRole('button', { name: 'Record a PHQ-9 or GAD-7' }).click();
    await dialog.getByLabel('Date given').fill(addDays(today(), -28));
    await answer(page, [
      'More than half the days',
      'More than half the days',
      'Nearly every day',
      'More than half the days',
      'Several days',
      'More than half the days',
      'Several days',
      'Not at all',
      'Not at all',
    ]);
    await dialog
      .getByRole('group', { name: /how difficult have these problems/ })
      .getByRole('radio', { name: 'Very difficult' })
      .check();
    await dialog.getByText('Total 13 of 27: moderate.').waitFor();
    await screenshot(page, 'measures-record-dialog');
    await dialog.getByRole('button', { name: 'Save result' }).click();
    await results.getByRole('cell', { name: 'Moderate' }).waitFor();

    // Today's, tied to today's session, with item 9 answered: the flag shows, in red, dated.
    await page.getByRole('button', { name: 'Record a PHQ-9 or GAD-7' }).click();
    const session = dialog.getByLabel('Session');
    await expect(session.locator('option').count()).resolves.toBe(2);
    await session.selectOption({ index: 1 });
    await answer(page, [
      'Several days',
      'Several days',
      'More than half the days',
      'Several days',
      'Not at all',
      'Several days',
      'Not at all',
      'Not at all',
      'Several days',
    ]);
    await dialog.getByText('Item 9 is answered above “Not at all”.').waitFor();
    await dialog.getByRole('button', { name: 'Save result' }).click();
    const flag = page.getByRole('alert').filter({ hasText: 'Safety: PHQ-9 item 9' });
    await flag.getByText(/answered “Several days” on/).waitFor();
    const measures = await app.call('measures.list', { clientId });
    expect(measures.measures.at(-1)).toMatchObject({ total: 7, safetyFlag: true });
    expect(measures.measures.at(-1)?.appointmentId).not.toBeNull();
  });

  test('totals over time with their bands, the client’s ratings, and the same as tables', async () => {
    const { page } = app;
    await app.call('measures.record', {
      clientId,
      givenOn: addDays(today(), -21),
      form: { kind: 'gad7', answers: [2, 2, 3, 2, 1, 2, 2], difficulty: 2 },
    });
    await app.call('measures.record', {
      clientId,
      givenOn: addDays(today(), -7),
      form: { kind: 'gad7', answers: [1, 1, 2, 1, 1, 1, 1], difficulty: 1 },
    });
    for (const [days, rating] of [
      [-28, 2],
      [-14, 4],
      [0, 6],
    ] as const) {
      await app.call('plans.rate', {
        clientId,
        objectiveId: 'objective-sleep',
        rater: 'client',
        rating,
        ratedOn: addDays(today(), days),
      });
    }
    // Opening the tab again reads the new results.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: 'Measures' }).click();
    const chart = page.getByRole('region', { name: 'Over time' });
    await chart
      .getByText(
        /^PHQ-9: 2 scored results, from 13 \(moderate\) on .* to 7 \(mild\) on .*, and 1 incomplete \(not scored\)\.$/,
      )
      .waitFor();
    await chart
      .getByText(/^GAD-7: 2 scored results, from 14 \(moderate\) on .* to 8 \(mild\)/)
      .waitFor();
    await chart
      .getByText(/“Fall asleep within 30 minutes”: 3 ratings, latest 6 of 10 on/)
      .waitFor();
    await expect(chart.locator('.line-chart-canvas canvas').count()).resolves.toBe(3);
    await expect(
      chart
        .getByRole('img', { name: /PHQ-9 totals over time, 0 to 27, with severity bands/ })
        .count(),
    ).resolves.toBe(1);
    await screenshot(page, 'measures-tab');
    await page.emulateMedia({ colorScheme: 'dark' });
    await chart.locator('.line-chart-canvas canvas').first().waitFor();
    await screenshot(page, 'measures-tab-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await chart.getByRole('button', { name: 'Show as tables' }).click();
    await expect(chart.locator('canvas').count()).resolves.toBe(0);
    const phq = chart.getByRole('table', { name: 'PHQ-9 totals' });
    await expect(phq.locator('tbody tr').count()).resolves.toBe(2);
    await phq.getByRole('cell', { name: 'Moderate' }).waitFor();
    const ratings = chart.getByRole('table', { name: 'Progress ratings' });
    await expect(ratings.locator('tbody tr').count()).resolves.toBe(3);
    await screenshot(page, 'measures-tab-tables');
    await chart.getByRole('button', { name: 'Show as charts' }).click();
    await chart.locator('.line-chart-canvas canvas').first().waitFor();
  });
});

const MEASURE_STEM =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
