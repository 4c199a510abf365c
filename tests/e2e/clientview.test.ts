import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';
import { launchApp, screenshot as capture, type LaunchedApp } from './harness.ts';
import { description, isInvalid, PASSPHRASE, setUpPractice } from './steps.ts';

/**
 * Client view from the counselor's profile to the client's signature and back: the client writes,
 * decides, rates, answers a PHQ-9 and signs; nothing else of Accord, and no other client, can be
 * reached on the way; leaving takes the passphrase; the profile then shows the results.
 */
const ZONE = 'America/Chicago';
const OTHER = /Zephyrine|Quillfeather/;

/** Pictures from the top of the page, where the parts list sits (it follows the scroll). */
async function screenshot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await capture(page, name);
}

async function openProfile(page: Page, search: string, name: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByLabel('Search clients').fill(search);
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function nothingElseShown(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Your plan, Rob' }).waitFor();
  expect(await page.content()).not.toMatch(OTHER);
  await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
}

async function next(page: Page, title: string) {
  await page.getByRole('button', { name: `Next: ${title}` }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(title) }).waitFor();
}

describe('Client view', () => {
  let app: LaunchedApp;
  let clientId: number;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      counselorName: 'Dana Whitfield',
      timeZone: ZONE,
    });
    clientId = (
      await app.call(
        'clients.create',
        clientInput({ legalFirstName: 'Robin', preferredName: 'Rob', legalLastName: 'Viewer' }),
      )
    ).id;
    const other = await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Zephyrine', legalLastName: 'Quillfeather' }),
    );
    await app.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
    await app.call('plans.save', { clientId: other.id, baseVersionId: null, content: draftPlan() });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('the counselor turns the screen toward the client', async () => {
    const { page } = app;
    await openProfile(page, 'Viewer', 'Rob Viewer');
    await page.getByRole('button', { name: 'Open Client view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open Client view' });
    await dialog.getByRole('radio', { name: /PHQ-9/ }).check();
    await screenshot(page, 'clientview-open-dialog');
    await dialog.getByRole('button', { name: 'Turn the screen to the client' }).click();
    await nothingElseShown(page);
    await expect(page.title()).resolves.toBe('Your plan · Accord');
    await expect(
      page
        .getByRole('heading', { level: 1 })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).resolves.toBe(true);
    // The plan without the counselor's notes, the diagnosis or the legal name.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/COUNSELOR-ONLY|Counselor-only|Robin|Cedar Grove/);
    await screenshot(page, 'clientview-1-concerns');
  });

  test('the client adds a goal in their own words', async () => {
    const { page } = app;
    await page.getByLabel('A goal, in your own words').fill('Sleep through the night');
    await page.getByRole('button', { name: 'Add this goal' }).click();
    await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
    await expect(page.getByLabel('A goal, in your own words').inputValue()).resolves.toBe('');
    // Words left in a box are saved on Next rather than lost.
    await page.getByLabel('Anything else on your mind?').fill('Work feels like too much');
    await next(page, 'Your goals');
    await page
      .getByRole('region', { name: 'Goal 2' })
      .getByText('Sleep through the night')
      .waitFor();
  });

  test('the client rates a step of a goal from 0 to 10', async () => {
    const { page } = app;
    const scale = page.getByRole('group', { name: /How far along are you\?.*Fall asleep/ });
    await scale.getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('button', { name: 'Save my rating' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 4 out of 10.' }).waitFor();
    await screenshot(page, 'clientview-2-goals');
    await next(page, 'Your options');
  });

  test('the client declines one option with a reason and chooses another', async () => {
    const { page } = app;
    const meds = page.getByRole('region', { name: 'Talking with a prescriber about medication' });
    await meds.getByRole('button', { name: 'Not for me' }).click();
    const reason = meds.getByLabel('What makes this not right for you?');
    await meds.getByRole('button', { name: 'Save my answer' }).click();
    await expect.poll(() => isInvalid(reason)).toBe(true);
    await expect.poll(() => description(reason)).toContain('It is your right to say no.');
    await screenshot(page, 'clientview-3-decline');
    await reason.fill('I would rather not take medication right now');
    await meds.getByRole('button', { name: 'Save my answer' }).click();
    await meds.getByText('Your reason: “I would rather not take medication right now”').waitFor();

    const cbt = page.getByRole('region', { name: 'Cognitive behavioral therapy' });
    await cbt.getByRole('button', { name: 'Yes, I choose this' }).click();
    await cbt.getByText('You chose this.').waitFor();
    await expect(
      cbt.getByRole('button', { name: 'Yes, I choose this' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await screenshot(page, 'clientview-3-options');
  });

  test('strengths, what helps, and how they will know they are done', async () => {
    const { page } = app;
    await next(page, 'What helps you');
    await page.getByLabel('I’ll know I’m ready to finish when…').fill('I sleep well most nights');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('I sleep well most nights').waitFor();
    // Words already written show as words, with a way to change them.
    console.log(
      await page.getByRole('button').allInnerTexts(),
      await page.locator('.cv-step').innerText(),
    );
    await page.getByRole('button', { name: 'Change the words: What helps you' }).click();
    await page
      .getByRole('textbox', { name: 'What helps you' })
      .fill('Clear next steps, and a walk at lunch');
    await page.getByLabel('Another strength').fill('I keep going when things are hard');
    await screenshot(page, 'clientview-4-helps');
  });

  test('the client answers a PHQ-9 and sees thanks, not a score', async () => {
    const { page } = app;
    await next(page, 'How have you been?');
    await page
      .getByText(
        'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      )
      .waitFor();
    const items = page.locator('.measure-items > li');
    await expect(items.count()).resolves.toBe(9);
    for (let i = 0; i < 8; i++) {
      await items.nth(i).getByRole('radio', { name: 'Several days' }).check();
    }
    await screenshot(page, 'clientview-5-measure');
    // One question left open: the client may save it as it is, or answer it.
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('One question is not answered.').waitFor();
    await items.nth(8).getByRole('radio', { name: 'Several days' }).check();
    await page
      .getByRole('group', { name: /how difficult have these problems made it/ })
      .getByRole('radio', { name: 'Somewhat difficult' })
      .check();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Thank you.').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b9\b.*27|mild|moderate|severe|item 9/i);
    await screenshot(page, 'clientview-5-thanks');
  });

  test('the client reads the plan in plain words and signs by drawing', async () => {
    const { page } = app;
    await next(page, 'Your agreement');
    const summary = page.getByRole('region', { name: 'Your plan in plain words' });
    await summary.getByText('Sleep through the night').waitFor();
    await summary.getByText('Cognitive behavioral therapy').waitFor();
    await summary.getByText(/I would rather not take medication right now/).waitFor();
    await summary.getByText('I keep going when things are hard').waitFor();
    await summary.getByText('I sleep well most nights').waitFor();
    await summary.getByText('Clear next steps, and a walk at lunch').waitFor();

    await page.getByLabel('Your full name').fill('Robin Viewer');
    const pad = page.getByRole('img', { name: 'Your signature' });
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(
        box.x + 40 + i * 28,
        box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2)),
      );
    }
    await page.mouse.up();
    await screenshot(page, 'clientview-6-agreement');
    await page.getByRole('button', { name: 'Sign my plan' }).click();
    await page.getByText('You signed your plan. Thank you.').waitFor();
    await screenshot(page, 'clientview-6-signed');
  });

  test('nothing else of Accord answers while the screen faces the client', async () => {
    const { page } = app;
    for (const key of ['Escape', 'Alt+S', 'Alt+T', 'Shift+Slash', 'Alt+ArrowLeft']) {
      await page.locator('body').press(key);
      await nothingElseShown(page);
    }
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // Where the side navigation usually is.
    await page.mouse.click(60, 300);
    await page.mouse.click(60, 140);
    await page.goBack();
    await nothingElseShown(page);

    // The page asks the core directly, as a script in the window could.
    const forbidden = (await page.evaluate(`Promise.all([
      window.accord.invoke('clients.list', {}),
      window.accord.invoke('clients.get', { id: 2 }),
      window.accord.invoke('settings.get', {}),
      window.accord.invoke('clientView.enter', { clientId: 2 }),
    ])`)) as unknown[];
    for (const result of forbidden) {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(JSON.stringify(forbidden)).not.toMatch(OTHER);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: /What brings you here/ }).click();
    await page.getByRole('heading', { level: 2, name: /What brings you here/ }).waitFor();
    await screenshot(page, 'clientview-1-concerns-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await nothingElseShown(page);
  });

  test('a reload keeps Client view open, and Settings closed', async () => {
    const { page } = app;
    await page.reload();
    await nothingElseShown(page);
    await page.getByLabel('Your full name').count();
    expect(await page.content()).not.toMatch(OTHER);
  });

  test('leaving takes the passphrase; a wrong one is refused on its field', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Counselor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave Client view' });
    // No PIN is set: the passphrase is the only way.
    await expect(dialog.getByRole('radio', { name: 'PIN' }).count()).resolves.toBe(0);
    const field = dialog.getByLabel('Your passphrase', { exact: true });
    await field.fill('not the passphrase');
    await dialog.getByRole('button', { name: 'Leave Client view' }).click();
    // The passphrase is checked with Argon2id: a moment, not an instant.
    await dialog.getByText('This is not your passphrase.').waitFor();
    await expect.poll(() => isInvalid(field)).toBe(true);
    await expect.poll(() => description(field)).toContain('This is not your passphrase.');
    await screenshot(page, 'clientview-exit-dialog');

    // Escape closes the dialog back to the plan, never out of Client view.
    await page.keyboard.press('Escape');
    await nothingElseShown(page);
    await page.getByRole('button', { name: 'Counselor' }).click();
    await dialog.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Leave Client view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rob Viewer' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect(app.call('clientView.status')).resolves.toEqual({ clientId: null });
  });

  test('the profile’s Measures tab shows both PHQ-9s, the chart, and the item 9 flag', async () => {
    const { page } = app;
    const today = dateInZone(new Date(), ZONE);
    await app.call('measures.record', {
      clientId,
      givenOn: addDays(today, -21),
      form: { kind: 'phq9', answers: [2, 2, 2, 2, 1, 2, 1, 1, 0], difficulty: 2 },
    });
    await page.getByRole('tab', { name: 'Measures' }).click();
    await page.getByRole('heading', { level: 2, name: 'Measures' }).waitFor();
    const flag = page.getByRole('alert').filter({ hasText: 'Safety: PHQ-9 item 9' });
    await flag.getByText(/answered “Several days” on/).waitFor();
    await page
      .getByText(/PHQ-9: 2 scored results, from 13 \(moderate\) on .* to 9 \(mild\) on/)
      .waitFor();
    await page.locator('.line-chart-canvas canvas').first().waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'The client’s own progress ratings' })
      .waitFor();
    await screenshot(page, 'measures-after-client-view');
  });
});
