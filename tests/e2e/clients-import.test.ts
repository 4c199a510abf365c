import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { PASSPHRASE } from './steps.ts';

/** A file as the counselor's spreadsheet saves it, handed to the page's file input. */
function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

// "Known as" is not a header Accord recognises, so the counselor maps it to the preferred name.
const WITH_PROBLEMS =
  'First Name,Last Name,Known as,DOB,E-mail\r\n' +
  'Ada,Importwell,Addie,1990-05-06,ada@example.test\r\n' +
  'Bea,,,1990-13-45,not-an-email\r\n' +
  'Cy,Importwell,,,\r\n';

const GOOD =
  'First Name,Last Name,Known as,DOB,E-mail\r\n' +
  'Ada,Importwell,Addie,1990-05-06,ada@example.test\r\n' +
  'Bea,Importwell,,1991-02-03,\r\n' +
  'Cy,Importwell,,,\r\n';

describe('clients: CSV import and export', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await app.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('a file with a problem row imports nothing; the fixed file imports every row', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Import a CSV file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import clients' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(csvFile('clients.csv', WITH_PROBLEMS));

    const nickname = page.getByLabel('Column “Known as”');
    await expect(nickname.inputValue()).resolves.toBe('ignore');
    await expect(page.getByLabel('Column “DOB”').inputValue()).resolves.toBe('dateOfBirth');
    const counts = page.locator('.import-counts');
    await expect(counts.textContent()).resolves.toMatch(
      /Rows in the file3.*Ready to import2.*Rows with problems1/,
    );

    // Mapping a column checks the whole file again at once.
    await nickname.selectOption({ label: 'Preferred name' });
    const sample = page.getByRole('table', { name: 'Rows ready to import' });
    await sample.getByText('Addie (Ada) Importwell').waitFor();

    const problems = page.getByRole('table', { name: 'Problems in the file' });
    await expect(problems.locator('tbody tr').count()).resolves.toBe(3);
    await problems.getByRole('cell', { name: 'Legal last name', exact: true }).waitFor();
    await problems.getByText('Enter a real date as YYYY-MM-DD, like 2026-03-14.').waitFor();
    const importButton = page.getByRole('button', { name: 'Import 2 clients' });
    expect(await importButton.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('Nothing can be imported while any row has a problem').waitFor();
    await importButton.click({ force: true });
    await screenshot(page, 'clients-import-problems');
    await expect(app.call('clients.list', { status: 'all' })).resolves.toMatchObject({ total: 0 });

    // Mapping two columns to one field is refused, and says why.
    await page.getByLabel('Column “First Name”').selectOption({ label: 'Preferred name' });
    await page
      .getByRole('alert')
      .filter({ hasText: 'Each field can take one column only.' })
      .waitFor();
    await page.getByLabel('Column “First Name”').selectOption({ label: 'Legal first name' });
    await page
      .getByRole('alert')
      .filter({ hasText: 'Each field can take one column only.' })
      .waitFor({ state: 'detached' });

    await page.getByLabel('CSV file').setInputFiles(csvFile('clients-fixed.csv', GOOD));
    await page.getByLabel('Column “Known as”').selectOption({ label: 'Preferred name' });
    await page.getByRole('button', { name: 'Import 3 clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Imported 3 clients.' }).waitFor();
    await page.getByText('3 clients.', { exact: true }).waitFor();
    const rows = page.getByRole('table', { name: 'Clients' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await rows.getByText('Addie Importwell').waitFor();
    await screenshot(page, 'clients-imported');
  });

  test('export saves a CSV where the counselor chose, with formulas neutralised', async () => {
    const { page } = app;
    await app.call(
      'clients.create',
      clientInput({
        legalFirstName: '=HYPERLINK("x")',
        legalLastName: '+Formula',
        referralSource: '@SUM(1)',
      }),
    );
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved accord-clients.csv (4 clients).' })
      .waitFor();
    const text = readFileSync(join(app.exportDir, 'accord-clients.csv'), 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain(`'+Formula`);
    expect(text).toContain(`'@SUM(1)`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
  });
});
