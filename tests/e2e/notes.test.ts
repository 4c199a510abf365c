import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { draftPlan } from '../support/plans.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import {
  attendedToday,
  fullHeight,
  goToday,
  openAccord,
  practice,
  today,
  todayRow,
} from './notes-steps.ts';
import {
  description,
  isInvalid,
  PASSPHRASE,
  unlock,
  waitForHome,
  waitForUnlockScreen,
} from './steps.ts';

/**
 * A progress note from start to finish, as a counselor writes one at the end of a session:
 * from Today, linked to the plan, kept through a lock mid-sentence, signed, then corrected.
 */
describe('progress notes', () => {
  let app: LaunchedApp;
  let clientId: number;
  let sessionId: number;

  const noteNow = async () =>
    (await app.call('notes.forSession', { appointmentId: sessionId })).note;

  beforeAll(async () => {
    app = await launchApp();
    await practice(app);
    ({ clientId, sessionId } = await attendedToday(app, 'Morgan', 'Ellery'));
    await app.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
    await openAccord(app);
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('Today says the session needs a note; Write note opens it, pre-filled', async () => {
    const { page } = app;
    const row = todayRow(page, 'Morgan Ellery');
    await row.getByText('Needs a note').waitFor();
    await screenshot(page, 'notes-today-needs');
    await row.getByRole('button', { name: 'Write note' }).click();

    await page.getByRole('heading', { level: 1, name: 'Morgan Ellery' }).waitFor();
    const session = page.getByRole('definition');
    await session.filter({ hasText: '90834 · Therapy session' }).waitFor();
    await session.filter({ hasText: '11 · Office' }).waitFor();
    await session.filter({ hasText: 'F41.1 Generalized anxiety disorder' }).waitFor();
    await session.getByText('45 minutes', { exact: true }).waitFor();
    // The template is open until the first words: DAP swaps the sections, SOAP brings them back.
    const template = page.getByRole('group', { name: 'Template' });
    expect(await template.getByRole('radio', { name: 'SOAP' }).isChecked()).toBe(true);
    await template.getByRole('radio', { name: 'DAP' }).check();
    await page.getByLabel('Data', { exact: true }).waitFor();
    await template.getByRole('radio', { name: 'SOAP' }).check();
    await page.getByLabel('Subjective', { exact: true }).waitFor();
    await page.getByText('Saved as you type.').waitFor();
    // Nothing is created by looking: the session still has no note.
    expect(await noteNow()).toBeNull();
    await fullHeight(page, () => screenshot(page, 'note-editor-empty'));
  });

  test('a SOAP note linked to an objective saves itself; the template is then fixed', async () => {
    const { page } = app;
    await page
      .getByLabel('Subjective', { exact: true })
      .fill('Reports lying awake most nights, worrying about a deadline at work.');
    await page.getByLabel('Objective', { exact: true }).fill('Alert; anxious affect, fidgeting.');
    await page
      .getByLabel('Assessment', { exact: true })
      .fill('Sleep onset improving with the wind-down routine; still above target.');
    await page.getByRole('checkbox', { name: /Fall asleep within 30 minutes/ }).check();
    await page
      .getByRole('textbox', { name: /Progress comment on “Fall asleep within 30 minutes”/ })
      .fill('Down to about 45 minutes on most nights.');
    await page.getByText(/^Saved \d{1,2}:\d{2} [AP]M$/).waitFor();
    await expect(page.getByRole('group', { name: 'Template' }).count()).resolves.toBe(0);
    await page.getByText('SOAP note', { exact: true }).waitFor();

    await expect.poll(noteNow).toMatchObject({
      template: 'soap',
      status: 'draft',
      fields: { objective: 'Alert; anxious affect, fidgeting.' },
      objectives: [
        { objectiveId: 'objective-sleep', comment: 'Down to about 45 minutes on most nights.' },
      ],
    });
  });

  test('Ctrl+L in mid-sentence locks only after the words are saved', async () => {
    const { page } = app;
    await page.getByLabel('Plan', { exact: true }).click();
    await page.keyboard.type('Practice the wind-down routine nightly; review in one week');
    await page.keyboard.press('Control+L');
    await waitForUnlockScreen(page);
    await unlock(page, PASSPHRASE);
    await waitForHome(page);

    const row = todayRow(page, 'Morgan Ellery');
    await row.getByText('Note not signed').waitFor();
    await row.getByRole('button', { name: 'Continue note' }).click();
    const plan = page.getByLabel('Plan', { exact: true });
    expect(await plan.inputValue()).toBe(
      'Practice the wind-down routine nightly; review in one week',
    );
    await fullHeight(page, () => screenshot(page, 'note-editor-filled'));
  });

  test('Today lists the draft under Unsigned notes, with the session’s note state', async () => {
    const { page } = app;
    await goToday(page);
    const unsigned = page.getByRole('region', { name: 'Unsigned notes' });
    await unsigned.getByText('Morgan Ellery').waitFor();
    await unsigned.getByText(/Reports lying awake most nights/).waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'notes-today-states');
    await unsigned.getByRole('button', { name: /^Continue note: Morgan Ellery/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Morgan Ellery' }).waitFor();
  });

  test('signing asks for the passphrase; a wrong one is refused on its field', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sign note…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign this note' });
    await dialog.getByText('You sign as Dana Whitfield, LPC.').waitFor();
    const field = dialog.getByLabel('Your passphrase', { exact: true });
    await field.fill('not my passphrase');
    await dialog.getByRole('button', { name: 'Sign note' }).click();
    await dialog.getByText('This is not your passphrase.').waitFor();
    await expect.poll(() => isInvalid(field)).toBe(true);
    await expect.poll(() => description(field)).toContain('This is not your passphrase.');
    expect((await noteNow())!.status).toBe('draft');
    await fullHeight(page, () => screenshot(page, 'note-sign-dialog'));

    await field.fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sign note' }).click();
    await page.getByText('Signed. This note is now final.').waitFor();
    await page
      .getByText(/^Signed by Dana Whitfield, LPC on .* A signed note does not change/)
      .waitFor();
    // Read-only now: the sections are text, not fields.
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    await page.getByText('Practice the wind-down routine nightly; review in one week').waitFor();
    expect(await noteNow()).toMatchObject({ status: 'signed', signedBy: 'Dana Whitfield, LPC' });
  });

  test('a correction is a signed addendum under the note; the note exports as a PDF', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add addendum…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an addendum' });
    await dialog
      .getByLabel('Addendum', { exact: true })
      .fill('Correction: the deadline is for a house move, not for work.');
    await dialog.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sign addendum' }).click();
    await dialog.waitFor({ state: 'detached' });
    const addenda = page.getByRole('region', { name: 'Addenda' });
    await addenda.getByText('Correction: the deadline is for a house move').waitFor();
    await addenda.getByText(/Signed by Dana Whitfield, LPC on/).waitFor();
    expect((await noteNow())!.addenda).toHaveLength(1);
    await fullHeight(page, () => screenshot(page, 'note-signed-addendum'));

    await page.getByRole('button', { name: 'Export as PDF' }).click();
    await page.getByText(`Saved note-${today()}.pdf.`).waitFor();
    expect(existsSync(join(app.exportDir, `note-${today()}.pdf`))).toBe(true);
  });

  test('once signed, the draft leaves the unsigned queue and Today says so', async () => {
    const { page } = app;
    await goToday(page);
    const row = todayRow(page, 'Morgan Ellery');
    await row.getByText('Note signed').waitFor();
    await expect(page.getByRole('region', { name: 'Unsigned notes' }).count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Open note' }).waitFor();
  });

  test('the schedule’s session details open the note', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+S');
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
    await page
      .getByRole('region', { name: /^Calendar/ })
      .getByRole('button', { name: /Morgan Ellery/ })
      .click();
    const details = page.getByRole('dialog', { name: 'Morgan Ellery' });
    await details.getByRole('button', { name: 'Open note' }).click();
    await page
      .getByText(/^Signed by Dana Whitfield, LPC on .* A signed note does not change/)
      .waitFor();
  });

  test('the Notes tab lists and searches the client’s notes, and exports them all', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Morgan Ellery’s notes' }).click();
    await page.getByRole('tab', { name: 'Notes', selected: true }).waitFor();
    const list = page.getByRole('list', { name: 'Progress notes, newest first' });
    await list.getByText('SOAP note').waitFor();
    await list.getByText('Signed', { exact: true }).waitFor();

    const search = page.getByRole('searchbox', { name: 'Search notes' });
    await search.fill('zebra');
    await page.getByText('No notes match “zebra”.').waitFor();
    await expect(list.count()).resolves.toBe(0);
    // The addendum's words are searchable too.
    await search.fill('house move');
    await page.getByText('1 note matches “house move”.').waitFor();
    await screenshot(page, 'notes-tab-search');

    await page.getByRole('button', { name: 'Export all notes (PDF)' }).click();
    await page.getByText(/^Saved notes?-.*\.pdf/).waitFor();

    await list.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Morgan Ellery' }).waitFor();
    await page
      .getByText(/^Signed by Dana Whitfield, LPC on .* A signed note does not change/)
      .waitFor();
  });
});
