import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../support/app.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, openPage, setUpPractice } from './steps.ts';

/** The psychoeducation library: find, write (with a PDF of one's own), share and give. */
const ZONE = 'America/Chicago';

/** The smallest file a PDF reader accepts as one: enough for Accord, which checks the header. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

describe('the library', () => {
  let app: LaunchedApp;
  let clientId: number;
  let files: string;

  beforeAll(async () => {
    app = await launchApp();
    await setUpPractice(app, {
      counselorName: 'Dana Whitfield',
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
    files = tempDir('accord-e2e-files-');
    writeFileSync(join(files, 'sleep-hygiene.pdf'), PDF);
    writeFileSync(join(files, 'not-really.pdf'), 'Just some text, renamed.');
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('starter resources are listed, and search and tags narrow them', async () => {
    const { page } = app;
    await openPage(page, 'Library');
    const list = page.getByRole('list', { name: 'Resources' });
    await list.getByRole('link', { name: 'Cognitive behavioral therapy (CBT)' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ resources in the library\./ })
      .waitFor();
    await screenshot(page, 'library-list');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'library-list-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByLabel('Search the library').fill('prescriber');
    await page.getByRole('status').filter({ hasText: '1 resource matches.' }).waitFor();
    await list.getByRole('link', { name: 'Talking with a prescriber about medication' }).waitFor();
    await page.getByLabel('Search the library').fill('');
    await page.getByLabel('Tag').selectOption('group');
    await list.getByRole('link', { name: 'Group therapy' }).waitFor();
    await expect(list.getByRole('link', { name: 'DBT skills' }).count()).resolves.toBe(0);
    await page.getByLabel('Search the library').fill('zzzz');
    await page.getByRole('heading', { name: 'Nothing matches' }).waitFor();
    await page.getByRole('button', { name: 'Show the whole library' }).click();
    await list.getByRole('link', { name: 'DBT skills' }).waitFor();

    // A card opens from the keyboard too: its title is a link.
    await list.getByRole('link', { name: 'DBT skills' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'DBT skills' }).waitFor();
    await page.getByRole('heading', { name: 'As an option on a plan' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Library' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  });

  test('a new resource with the counselor’s own PDF; a file that is not a PDF is refused', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByRole('heading', { level: 1, name: 'New resource' }).waitFor();
    await page.getByRole('button', { name: 'Save resource' }).click();
    const title = page.getByLabel('Title');
    // The core answers asynchronously: wait for its message rather than read too soon.
    await expect.poll(() => isInvalid(title)).toBe(true);
    await expect.poll(() => description(title)).toContain('Give the resource a title.');

    await title.fill('Sleep hygiene basics');
    await page
      .getByLabel('Text', { exact: true })
      .fill(
        'Small habits can make sleep come easier.\n\n- Keep the same wake-up time every day\n- Keep the bed for sleep\n- Put screens away an hour before bed',
      );
    await page.getByLabel('Benefits').fill('Simple changes you can start tonight, with no cost.');
    await page.getByLabel('Drawbacks').fill('It takes a few weeks to notice a difference.');
    await page
      .getByLabel('What it asks of the client')
      .fill('Keeping a sleep diary for two weeks.');
    await page.getByLabel('Tags').fill('sleep, skills');
    const file = page.getByLabel('Attach a PDF (optional)');
    await file.setInputFiles(join(files, 'not-really.pdf'));
    await page.getByText('“not-really.pdf” is not a PDF file. Choose a PDF.').waitFor();
    await expect.poll(() => isInvalid(file)).toBe(true);
    await file.setInputFiles(join(files, 'sleep-hygiene.pdf'));
    await page.getByText('Ready to attach:').waitFor();
    await screenshot(page, 'library-resource-editor');

    await page.getByRole('button', { name: 'Save resource' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sleep hygiene basics' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Resource saved.' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Put screens away an hour before bed' })
      .waitFor();
    await page.getByText('sleep-hygiene.pdf').waitFor();
    await screenshot(page, 'library-resource');
    const { resources } = await app.call('resources.list', { query: 'Sleep hygiene', tag: null });
    expect(resources[0]).toMatchObject({
      title: 'Sleep hygiene basics',
      tags: ['sleep', 'skills'],
      attachmentName: 'sleep-hygiene.pdf',
      attachmentBytes: PDF.length,
    });
  });

  test('shared with a client in session, then given as the attached PDF', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Share with a client…' }).click();
    const share = page.getByRole('dialog', { name: 'Share with a client' });
    await share.getByRole('button', { name: 'Record sharing' }).click();
    await expect
      .poll(() => description(share.getByRole('combobox', { name: 'Client' })))
      .toContain('Choose the client you shared it with.');
    await share.getByRole('combobox', { name: 'Client' }).fill('Peggy');
    await share.getByRole('option', { name: /Peggy Okonkwo/ }).click();
    await screenshot(page, 'library-share-dialog');
    await share.getByRole('button', { name: 'Record sharing' }).click();
    await share.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'shared with Peggy Okonkwo' }).waitFor();

    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    const pdf = page.getByRole('dialog', { name: 'Save as PDF' });
    await pdf.getByText('Saves the attached PDF, sleep-hygiene.pdf.').waitFor();
    await pdf.getByLabel('For a client').check();
    await pdf.getByRole('combobox', { name: 'Client' }).fill('okonkwo');
    await pdf.getByRole('option', { name: /Peggy Okonkwo/ }).click();
    await pdf.getByRole('button', { name: 'Save PDF' }).click();
    await pdf.getByText('Saved sleep-hygiene.pdf. Recorded as given to Peggy Okonkwo.').waitFor();
    const saved = join(app.exportDir, 'sleep-hygiene.pdf');
    expect(existsSync(saved) && readFileSync(saved, 'utf8')).toBe(PDF);
    await pdf.getByRole('button', { name: 'Done' }).click();

    const { shares } = await app.call('resources.shares', { clientId });
    expect(shares.map((s) => [s.title, s.method])).toEqual(
      expect.arrayContaining([
        ['Sleep hygiene basics', 'discussed'],
        ['Sleep hygiene basics', 'pdf'],
      ]),
    );
  });

  test('the client’s Plan tab lists what was shared with them', async () => {
    const { page } = app;
    await openPage(page, 'Clients');
    await page.getByLabel('Search clients').fill('Okonkwo');
    await page
      .getByRole('table', { name: 'Clients' })
      .getByRole('link', { name: 'Peggy Okonkwo' })
      .click();
    await page.getByRole('tab', { name: /^Plan/ }).click();
    const shared = page.getByRole('region', { name: 'Shared with this client' });
    await shared.getByText('discussed in session').waitFor();
    await shared.getByText('given as a PDF').waitFor();
    await expect(shared.getByText('Sleep hygiene basics').count()).resolves.toBe(2);
  });
});
