import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { isPdf, pdfText } from '../support/pdf.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, PASSPHRASE } from './steps.ts';

/**
 * The collaborative plan, as a counselor and a client write it together: drafted through the UI,
 * signed once through the UI (drawn and typed), amended into version 2, compared, reviewed,
 * rated and exported as the client's copy.
 */
const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);
const WORDS = 'In Peggy’s words';
const SHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-output/screenshots');

/** A picture of one part of the page, where a full-page picture of the long plan says less. */
async function shot(target: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({
    path: join(SHOTS, `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}

/**
 * The whole page in a window as tall as the page, so the plan's sticky save bar sits where it
 * does for the counselor (at the end), not over the middle of a full-page capture.
 */
async function tallShot(page: Page, name: string): Promise<void> {
  const height = await page.locator('html').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** What the window shows: a dialog over the page, as the counselor sees it. */
async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: join(SHOTS, `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}

async function openPlan(app: LaunchedApp): Promise<void> {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await page.getByLabel('Search clients').fill('Okonkwo');
  await page
    .getByRole('table', { name: 'Clients' })
    .getByRole('link', { name: 'Peggy Okonkwo' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Peggy Okonkwo' }).waitFor();
  await page.getByRole('tab', { name: /^Plan/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Treatment plan' }).waitFor();
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function addFromLibrary(page: Page, search: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add from the library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an option from the library' });
  await dialog.getByLabel('Search the library').fill(search);
  await dialog.getByRole('button', { name: `Add ${title}` }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function draw(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(
      box.x + 40 + i * 12,
      box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)),
      {
        steps: 2,
      },
    );
  }
  await page.mouse.up();
}

async function darkShot(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await tallShot(page, name);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the collaborative plan', () => {
  let app: LaunchedApp;
  let clientId: number;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    const { practice } = await app.call('settings.get');
    await app.call('settings.savePractice', {
      ...practice,
      practiceName: 'Cedar Grove Therapy',
      counselorName: 'Dana Whitfield',
      credentials: 'LPC',
      timeZone: ZONE,
    });
    clientId = (
      await app.call(
        'clients.create',
        clientInput({
          legalFirstName: 'Margaret',
          legalLastName: 'Okonkwo',
          preferredName: 'Peggy',
        }),
      )
    ).id;
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a counselor drafts the plan with the client, in the client’s words', async () => {
    const { page } = app;
    await openPlan(app);
    await page.getByRole('heading', { name: 'No plan yet' }).waitFor();
    await screenshot(page, 'plan-start');
    await page.getByRole('button', { name: 'Start the plan together' }).click();

    // The first concern is ready, and has the focus: the counselor types straight away.
    const concern = group(page, 'Concern 1');
    const concernWords = concern.getByLabel(WORDS);
    await expect(
      concernWords.evaluate((el) => el === el.ownerDocument.activeElement),
    ).resolves.toBe(true);
    await concernWords.fill('I can’t switch off at night. Work follows me home.');
    await concern
      .getByLabel('Clinical wording')
      .fill('Persistent worry with sleep-onset insomnia.');
    await page.getByRole('status').filter({ hasText: 'Unsaved changes' }).waitFor();
    await page.getByRole('tab', { name: /Plan.*unsaved changes/ }).waitFor();

    await page.getByRole('button', { name: 'Add a goal' }).click();
    const goal = group(page, 'Goal 1');
    await goal.getByLabel(WORDS).first().fill('Sleep through the night and feel calmer at work');
    await goal.getByLabel('Clinical statement').fill('Reduce anxiety symptoms (GAD-7 below 10).');
    await goal.getByRole('radio', { name: 'Peggy' }).check();
    await goal.getByLabel('Target date').first().fill(addDays(today(), 120));
    await page.getByRole('button', { name: 'Add an objective to goal 1' }).click();
    const objective = group(page, 'Objective 1.1');
    await objective.getByLabel(WORDS).fill('Fall asleep within half an hour');
    await objective
      .getByLabel('Objective', { exact: true })
      .fill('Sleep onset under 30 minutes on 5 of 7 nights.');
    await objective.getByLabel('Baseline').fill('1 of 7 nights');
    await objective.getByLabel('Target', { exact: true }).fill('5 of 7 nights');
    await objective.getByText('Save the draft to rate progress.').waitFor();

    await addFromLibrary(page, 'CBT', 'Cognitive behavioral therapy (CBT)');
    const cbt = group(page, 'Option 1');
    await expect(cbt.getByLabel('Name').inputValue()).resolves.toBe(
      'Cognitive behavioral therapy (CBT)',
    );
    await expect(cbt.getByLabel('Benefits').inputValue()).resolves.toContain('practical skills');
    await cbt.getByText('From the library').waitFor();
    await cbt
      .getByLabel('Goal it serves')
      .selectOption({ label: 'Goal 1: Sleep through the night and feel calmer at work' });
    await cbt.getByRole('radio', { name: 'Chosen' }).check();
    await addFromLibrary(page, 'medication', 'Talking with a prescriber about medication');
    await group(page, 'Option 2').waitFor();

    await page.getByRole('button', { name: 'Add a strength' }).click();
    await group(page, 'Strength 1').getByLabel(WORDS).fill('Close friends I can call');
    // A removal can be undone from the keyboard: focus moves to Undo.
    await page.getByRole('button', { name: 'Add a strength' }).click();
    await group(page, 'Strength 2').getByLabel(WORDS).fill('My dog');
    await page.getByRole('button', { name: 'Remove strength 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Strength 2 removed.' }).waitFor();
    await page.keyboard.press('Enter');
    await expect(group(page, 'Strength 2').getByLabel(WORDS).inputValue()).resolves.toBe('My dog');
    await page.getByRole('button', { name: 'Remove strength 2' }).click();
    await group(page, 'Strength 2').waitFor({ state: 'detached' });

    await page.getByLabel('How often').fill('Weekly, evenings');
    await page.getByLabel('Kind of therapy').fill('Talk therapy with homework');
    await page
      .getByRole('group', { name: 'In person or telehealth' })
      .getByRole('radio', { name: 'Telehealth' })
      .check();
    await page.getByRole('radio', { name: /^Share/ }).check();
    await page.getByLabel('What helps, in Peggy’s words').fill('Clear next steps');
    await page.getByLabel('What doesn’t help, in Peggy’s words').fill('Being rushed');
    await page
      .getByRole('region', { name: 'How you’ll know you’re done' })
      .getByLabel(WORDS)
      .fill('When I sleep most nights and Sunday evenings feel normal again.');
    await page.getByLabel('Review by').fill(addDays(today(), 10));
    // The practice's default interval is changed where it matters; Enter saves it, not the plan.
    await page.getByText('Default review interval for new plans').click();
    const interval = page.getByLabel('Days from a plan’s start to its first review');
    await expect(interval.inputValue()).resolves.toBe('90');
    await interval.fill('60');
    await interval.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'New plans will be reviewed after 60 days.' })
      .waitFor();
    await expect(app.call('settings.get')).resolves.toMatchObject({ plans: { reviewDays: 60 } });
    await page.getByRole('status').filter({ hasText: 'Unsaved changes' }).waitFor();
    await page
      .getByLabel('Notes for you')
      .fill('Consider a sleep hygiene referral. COUNSELOR-ONLY-MARKER');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();
    await page.getByText('Version 1 · started').waitFor();
    const state = await app.call('plans.get', { clientId });
    expect(state.current).toMatchObject({ version: 1, status: 'draft' });
    const content = state.current!.content;
    expect(content.concerns[0]).toMatchObject({
      clientWords: 'I can’t switch off at night. Work follows me home.',
      clientWordsBy: 'counselor',
    });
    expect(content.goals[0]).toMatchObject({
      proposedBy: 'client',
      objectives: [expect.objectContaining({ baseline: '1 of 7 nights' })],
    });
    expect(
      content.interventions.map((i) => [
        i.name,
        i.decision,
        i.goalId !== null,
        i.resourceId !== null,
      ]),
    ).toEqual([
      ['Cognitive behavioral therapy (CBT)', 'chosen', true, true],
      ['Talking with a prescriber about medication', 'undecided', false, true],
    ]);
    expect(content.preferences).toMatchObject({
      format: 'telehealth',
      involvement: 'share',
      helps: 'Clear next steps',
    });

    await page.getByRole('tab', { name: /^Plan/ }).scrollIntoViewIfNeeded();
    await tallShot(page, 'plan-editor');
    await darkShot(page, 'plan-editor-dark');
  });

  test('declining is recorded with the client’s reason, and the card stays on the plan', async () => {
    const { page } = app;
    const option = group(page, 'Option 2');
    await option.getByRole('radio', { name: 'Declined' }).check();
    const reason = option.getByLabel('Why Peggy said no, in their words');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'One detail needs attention.' }).waitFor();
    await expect.poll(() => isInvalid(reason)).toBe(true);
    await expect.poll(() => description(reason)).toContain('Declining is the client’s right');
    await expect(reason.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(
      true,
    );

    await reason.fill('I want to try without pills first.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();
    await option.getByText('Declined by Peggy').waitFor();
    await shot(page.getByRole('region', { name: 'Options discussed' }), 'plan-options-declined');
    const { current } = await app.call('plans.get', { clientId });
    expect(current!.content.interventions[1]).toMatchObject({
      decision: 'declined',
      reason: 'I want to try without pills first.',
    });
  });

  test('both sign in the UI: the client draws, the counselor types; version 1 is agreed', async () => {
    const { page } = app;
    const agreement = page.getByRole('region', { name: 'Agreement' });
    await draw(page, agreement.getByRole('img', { name: 'Peggy’s signature' }));
    await agreement.getByText('Signature drawn.').waitFor();
    await shot(agreement, 'plan-signatures');
    await agreement.getByRole('button', { name: 'Sign as Peggy' }).click();
    await agreement.getByRole('img', { name: 'Signature drawn by Margaret Okonkwo' }).waitFor();
    await expect(agreement.getByLabel('Your typed signature').inputValue()).resolves.toBe(
      'Dana Whitfield, LPC',
    );
    await agreement.getByRole('button', { name: 'Sign as counselor' }).click();

    await page.getByRole('status').filter({ hasText: 'Version 1 is agreed' }).waitFor();
    await page.getByRole('button', { name: 'Revise the plan' }).waitFor();
    await page.getByText('Dana Whitfield, LPC', { exact: true }).waitFor();
    const { current } = await app.call('plans.get', { clientId });
    expect(current).toMatchObject({ version: 1, status: 'signed' });
    expect(current!.clientSignature!.signature.kind).toBe('drawn');
    await shot(page.getByRole('region', { name: 'Agreement' }), 'plan-signed');
  });

  test('a revision becomes version 2; the comparison shows the client’s changed words', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Revise the plan' }).click();
    await page.getByText('You are revising agreed version 1.').waitFor();
    const goalWords = group(page, 'Goal 1').getByLabel(WORDS).first();
    await goalWords.fill('Sleep through most nights and feel calm at work');
    // Ctrl+S saves from wherever the counselor is typing.
    await goalWords.press('Control+s');
    await page.getByText('Version 2 · started').waitFor();
    const state = await app.call('plans.get', { clientId });
    expect(state.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'signed'],
    ]);

    await page.getByRole('button', { name: 'History' }).click();
    const versions = page.getByRole('table', { name: 'Plan versions, newest first' });
    await versions.getByRole('row', { name: /Version 1.*Agreed/ }).waitFor();
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
    const words = page.locator('.diff-client').filter({ hasText: 'Peggy’s words' });
    await expect(words.locator('del').textContent()).resolves.toContain(
      'Sleep through the night and feel calmer at work',
    );
    await expect(words.locator('ins').textContent()).resolves.toContain(
      'Sleep through most nights and feel calm at work',
    );
    await tallShot(page, 'plan-history-diff');
    await darkShot(page, 'plan-history-diff-dark');

    await page.getByRole('button', { name: 'View version 1' }).click();
    await page.getByRole('heading', { name: /Version 1/ }).waitFor();
    await page
      .getByText('Sleep through the night and feel calmer at work', { exact: true })
      .waitFor();
    await page.getByText('Declined by Peggy').first().waitFor();
    await tallShot(page, 'plan-version-1');
    await page.getByRole('button', { name: 'All versions' }).click();
    await page.getByRole('button', { name: 'Back to the plan' }).click();
    await group(page, 'Goal 1').waitFor();
  });

  test('a review with ratings, and a quick rating of one objective', async () => {
    const { page } = app;
    await page.getByText('The plan’s review is coming up').waitFor();
    await page.getByRole('button', { name: 'Record a review…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Record a review' });
    await dialog
      .getByLabel('What changed')
      .fill('Sleep is better on weeknights. Peggy wants to keep going weekly.');
    await dialog.getByLabel('Peggy’s rating').selectOption('6');
    await dialog.getByLabel('Your rating').selectOption('5');
    await viewShot(page, 'plan-review-dialog');
    await dialog.getByRole('button', { name: 'Save review' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('region', { name: 'Reviews' })
      .getByText('Sleep is better on weeknights.')
      .waitFor();
    await expect(page.getByText('The plan’s review is coming up').count()).resolves.toBe(0);

    const progress = page.getByRole('list', { name: 'Latest ratings for objective 1.1' });
    await progress.getByText('Peggy').waitFor();
    await page.getByRole('button', { name: 'Rate progress on objective 1.1' }).click();
    const rate = page.getByRole('dialog', { name: 'Rate progress' });
    await rate.getByRole('radio', { name: 'Yours' }).check();
    await rate.getByRole('radio', { name: '7', exact: true }).check();
    await rate.getByRole('button', { name: 'Save rating' }).click();
    await rate.waitFor({ state: 'hidden' });
    await progress.getByText(/^7\/10/).waitFor();
    const { ratings, reviews } = await app.call('plans.get', { clientId });
    expect(reviews).toHaveLength(1);
    expect(ratings.map((r) => [r.rater, r.rating])).toEqual([
      ['client', 6],
      ['counselor', 5],
      ['counselor', 7],
    ]);
  });

  test('the client’s copy leaves counselor-only notes out unless chosen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Client copy (PDF)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Client copy (PDF)' });
    await expect(dialog.getByLabel('Include counselor-only notes').isChecked()).resolves.toBe(
      false,
    );
    await expect(dialog.getByLabel('Include diagnoses').isChecked()).resolves.toBe(false);
    await viewShot(page, 'plan-export-dialog');
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    await dialog.getByText('Saved plan-v2.pdf.').waitFor();
    const file = join(app.exportDir, 'plan-v2.pdf');
    expect(existsSync(file) && isPdf(file)).toBe(true);
    const text = pdfText(file);
    expect(text).toContain('Sleep through most nights');
    expect(text).not.toContain('COUNSELOR-ONLY-MARKER');
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  test('an edit made on a stale version is refused, and the plan reloads', async () => {
    const { page } = app;
    const { current } = await app.call('plans.get', { clientId });
    // Meanwhile, version 2 is signed and revised elsewhere: this screen's base is now stale.
    const typed = (name: string) => ({ kind: 'typed' as const, name });
    await app.call('plans.sign', {
      versionId: current!.id,
      signer: 'client',
      signature: typed('Margaret Okonkwo'),
    });
    await app.call('plans.sign', {
      versionId: current!.id,
      signer: 'counselor',
      signature: typed('Dana Whitfield'),
    });
    await app.call('plans.save', {
      clientId,
      baseVersionId: current!.id,
      content: { ...current!.content, completionCriteria: 'Changed elsewhere' },
    });
    await group(page, 'Strength 1').getByLabel(WORDS).fill('Close friends, and my sister');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This plan changed since it was opened' })
      .waitFor();
    await page.getByRole('button', { name: 'Reload the plan' }).click();
    const done = page
      .getByRole('region', { name: 'How you’ll know you’re done' })
      .getByLabel(WORDS);
    await expect.poll(() => done.inputValue()).toBe('Changed elsewhere');
    await expect(group(page, 'Strength 1').getByLabel(WORDS).inputValue()).resolves.toBe(
      'Close friends I can call',
    );
    await page.getByText('Version 3 · started').waitFor();
  });

  test('Today lists the plan due for review, and opens it on the Plan tab', async () => {
    const { page } = app;
    const { current } = await app.call('plans.get', { clientId });
    await app.call('plans.save', {
      clientId,
      baseVersionId: current!.id,
      content: { ...current!.content, reviewDate: addDays(today(), 3) },
    });
    // A review on record sets the date in force; a new one falls due in three days.
    await app.call('plans.review', {
      clientId,
      reviewedOn: today(),
      summary: 'Check-in.',
      nextReviewOn: addDays(today(), 3),
      ratings: [],
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    const card = page.getByRole('region', { name: 'Plans due for review' });
    await card.getByText('Peggy Okonkwo').waitFor();
    await card.getByRole('button', { name: 'Open plan: Peggy Okonkwo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Treatment plan' }).waitFor();
    await expect(
      page.getByRole('tab', { name: /^Plan/ }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
  });
});
