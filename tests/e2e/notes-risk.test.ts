import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
import { description, isInvalid, openPage } from './steps.ts';

const PIN = '8642';

/**
 * The note's safety rules: after a PHQ-9 whose item 9 was above 0 the risk assessment is shown,
 * marked in red, and needed to sign; an empty note is never signed. The practice's default
 * template, set in Settings, is what a new note starts with; a PIN signs in place of the
 * passphrase once one is set.
 */
describe('progress notes: risk and signing rules', () => {
  let app: LaunchedApp;
  let sessionId: number;

  const noteNow = async () =>
    (await app.call('notes.forSession', { appointmentId: sessionId })).note;

  beforeAll(async () => {
    app = await launchApp();
    await practice(app);
    let clientId: number;
    ({ clientId, sessionId } = await attendedToday(app, 'Avery', 'Lindqvist'));
    await app.call('measures.record', {
      clientId,
      givenOn: today(),
      form: { kind: 'phq9', answers: [2, 2, 1, 2, 1, 1, 1, 0, 1], difficulty: 1 },
    });
    await app.call('settings.setClientViewPin', { pin: PIN });
    await openAccord(app);
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('the default template is chosen in Settings', async () => {
    const { page } = app;
    await openPage(page, 'Scheduling');
    const card = page.getByRole('region', { name: 'Progress notes' });
    await card.getByRole('radio', { name: /^DAP/ }).check();
    await card.getByRole('button', { name: 'Save note settings' }).click();
    await card.getByText('Saved', { exact: true }).waitFor();
    await screenshot(page, 'settings-notes');
    expect((await app.call('settings.get')).notes.defaultTemplate).toBe('dap');
  });

  test('a flagged PHQ-9 shows the risk assessment, required, with a safety notice', async () => {
    const { page } = app;
    await goToday(page);
    await todayRow(page, 'Avery Lindqvist').getByRole('button', { name: 'Write note' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avery Lindqvist' }).waitFor();
    expect(await page.getByRole('radio', { name: 'DAP' }).isChecked()).toBe(true);
    await page.getByText('A safety check is needed in this note').waitFor();
    // No way to leave it out: there is no "include" box, the questions are simply there.
    await expect(
      page.getByRole('checkbox', { name: /Include a risk assessment/ }).count(),
    ).resolves.toBe(0);
    const suicidal = page.getByRole('group', { name: 'Suicidal ideation' });
    await suicidal.waitFor();
    // The rest is recorded once both questions have an answer.
    expect(await page.getByRole('checkbox', { name: 'Has a plan' }).isDisabled()).toBe(true);
    await fullHeight(page, () => screenshot(page, 'note-editor-risk'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await fullHeight(page, () => screenshot(page, 'note-editor-risk-dark'));
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('an empty note is not signed: the first section says why', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sign note…' }).click();
    const data = page.getByLabel('Data', { exact: true });
    await page.getByRole('alert').filter({ hasText: 'This note is empty.' }).waitFor();
    await expect.poll(() => isInvalid(data)).toBe(true);
    await expect
      .poll(() => description(data))
      .toContain('This note is empty. Write it before you sign.');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  test('without the risk assessment the note is not signed; with it, a PIN signs', async () => {
    const { page } = app;
    await page
      .getByLabel('Data', { exact: true })
      .fill('Discussed passive thoughts of not waking up.');
    await page.getByRole('button', { name: 'Sign note…' }).click();
    await page.getByRole('alert').filter({ hasText: 'record the risk assessment' }).waitFor();
    const suicidal = page.getByRole('group', { name: 'Suicidal ideation' });
    await expect.poll(() => isInvalid(suicidal.getByRole('radio', { name: 'Passive' }))).toBe(true);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect((await noteNow())?.risk).toBeNull();

    await suicidal.getByRole('radio', { name: 'Passive' }).check();
    await page
      .getByRole('group', { name: 'Homicidal ideation' })
      .getByRole('radio', { name: 'Denied' })
      .check();
    await page.getByRole('checkbox', { name: 'Safety plan reviewed' }).check();
    await page
      .getByLabel('Risk notes', { exact: true })
      .fill('No plan or intent. Safety plan reviewed; crisis line numbers confirmed.');
    await expect
      .poll(async () => (await noteNow())?.risk)
      .toMatchObject({
        suicidalIdeation: 'passive',
        homicidalIdeation: 'denied',
        plan: false,
        safetyPlanReviewed: true,
      });

    await page.getByRole('button', { name: 'Sign note…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign this note' });
    // A PIN is set, so it is offered first.
    expect(await dialog.getByRole('radio', { name: 'PIN' }).isChecked()).toBe(true);
    await dialog.getByLabel('Your PIN', { exact: true }).fill(PIN);
    await dialog.getByRole('button', { name: 'Sign note' }).click();
    await page.getByText('Signed. This note is now final.').waitFor();
    await page.getByRole('heading', { name: 'Risk assessment' }).waitFor();
    await page.getByText('No plan or intent. Safety plan reviewed').waitFor();
    expect((await noteNow())?.status).toBe('signed');
  });
});
