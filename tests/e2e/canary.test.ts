import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { logError } from '../../electron/log.ts';
import { dateInZone } from '../../shared/dates.ts';
import { recordFigures } from '../reliability/scale.ts';
import { listFiles, makeCanaries, scanForCanaries, type ScanResult } from '../support/canary.ts';
import { seedBilling, seedRecords, type Seed } from './canary-records.ts';
import { launchApp, type LaunchedApp } from './harness.ts';
import { openPage, PASSPHRASE, setUpPractice } from './steps.ts';

/**
 * Nothing readable on disk: canaries go into every kind of record, every screen shows them,
 * they are exported and backed up, the counselor locks and quits; then no file in the data
 * folder, the temp folders or the Chromium profile holds one (UTF-8 or UTF-16LE). Only the export
 * folder the counselor chose does, which also proves the search finds them.
 */
const ZONE = 'America/Chicago';
const { token, canary, needles } = makeCanaries();
/** Text the page itself keeps in localStorage: the profile scan must find it (a control). */
const control = makeCanaries();
const today = dateInZone(new Date(), ZONE);

const root = mkdtempSync(join(tmpdir(), 'accord-canary-'));
const places = {
  data: join(root, 'data'),
  profile: join(root, 'chromium-profile'),
  tmp: join(root, 'tmp'),
  log: join(root, 'log'),
};
const logFile = join(places.log, 'accord.log');
const systemTmp = tmpdir();
const startedAt = Date.now() - 1_000;
let systemTmpBefore: Set<string>;
let savedTmpDir: string | undefined;

let app: LaunchedApp;
let closed = false;
let clientId: number;
let selfPayId: number;
let resourceId: number;
let exportScan: ScanResult;
const scans: Record<string, ScanResult> = {};

/** The shell's log, as a file: what electron/log.ts writes to stderr during the scenario. */
function captureLog() {
  mkdirSync(places.log, { recursive: true });
  writeFileSync(logFile, '');
  const write = (...parts: unknown[]) =>
    writeFileSync(logFile, `${parts.map(String).join(' ')}\n`, { flag: 'a' });
  vi.spyOn(console, 'error').mockImplementation(write);
  vi.spyOn(console, 'warn').mockImplementation(write);
}

/** Lets a screen load what it shows before moving on: no table is still busy. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
}

const seed = (): Seed => ({ call: app.call, canary, today, clientId });

async function visit(page: Page, name: string): Promise<void> {
  await openPage(page, name);
  await settled(page);
}

describe('nothing readable on disk', () => {
  beforeAll(async () => {
    systemTmpBefore = listFiles(systemTmp);
    for (const dir of Object.values(places)) mkdirSync(dir, { recursive: true });
    // The core's and Playwright's own temp files go to this test's folder too, not the shared one.
    savedTmpDir = process.env.TMPDIR;
    process.env.TMPDIR = places.tmp;
    captureLog();
    app = await launchApp({
      dataDir: places.data,
      profileDir: places.profile,
      tmpDir: places.tmp,
      // As electron/main.ts wires it.
      onInternalError: (channel, error) => logError(`core ${channel}`, error),
    });
    await setUpPractice(app, {
      counselorName: 'Dana Whitfield',
      credentials: 'LPC',
      // What a claim needs of the practice.
      npi: '1234567893',
      taxId: '12-3456789',
      address: {
        line1: '1 Main St',
        line2: '',
        city: 'Portland',
        region: 'OR',
        postalCode: '97201-1234',
      },
      phone: '(503) 555-0100',
      timeZone: ZONE,
    });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    if (app && !closed) await app.close();
    vi.restoreAllMocks();
    if (savedTmpDir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpDir;
    // ACCORD_KEEP_CANARY=1 keeps the folders to look into a hit (the path is in canary.json).
    if (!process.env.ACCORD_KEEP_CANARY) rmSync(root, { recursive: true, force: true });
  });

  test('a client typed into the new-client form', async () => {
    const { page } = app;
    await visit(page, 'Clients');
    await page.getByRole('button', { name: 'Add your first client' }).click();
    await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor();
    await page.getByLabel('Legal first name').fill(canary('First'));
    await page.getByLabel('Legal last name').fill(canary('Last'));
    await page.getByLabel('Preferred name').fill(canary('Preferred'));
    await page.getByLabel('Date of birth').fill('1990-07-14');
    await page.getByLabel('Email', { exact: true }).fill(`canary.${token}@example.test`);
    await page.getByLabel('Street address').fill(`12 ${canary('Street')} Lane`);
    await page.getByLabel('City').fill(canary('City'));
    await page.getByLabel('Emergency contact name').fill(canary('Emergency'));
    await page.getByLabel('Relationship to the client').fill('Sister');
    await page.getByLabel('Referral source').fill(canary('Referral'));
    await page.getByLabel('Counselor-only notes').fill(canary('ClientNotes'));
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(token) }).waitFor();
    const { clients } = await app.call('clients.list', { status: 'all' });
    clientId = clients[0]!.id;
  });

  test('every other kind of record, through the core', async () => {
    let noteId: number;
    ({ selfPayId, resourceId, noteId } = await seedRecords(seed()));
    const note = await app.call('notes.get', { id: noteId });
    expect(JSON.stringify(note)).toContain(canary('Addendum'));
    const ledger = await app.call('billing.ledger', { clientId });
    expect(JSON.stringify(ledger)).toContain(canary('Check'));
  });

  test('an export to a folder that went away is logged by kind, without the record', async () => {
    // The chosen folder is gone (a USB stick pulled out): the file system error names the file,
    // whose name is the resource's, and the core reports it as an internal error.
    rmSync(app.exportDir, { recursive: true, force: true });
    const failed = await app.core.dispatch('resources.exportPdf', {
      resourceId,
      clientId: null,
    });
    mkdirSync(app.exportDir, { recursive: true });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('[accord] core resources.exportPdf: Error ENOENT');
    expect(log).not.toContain(token);
  });

  test('an estimate, billing documents, a claim and a report', async () => {
    await seedBilling(seed(), selfPayId);
    const { estimates } = await app.call('estimates.list', { clientId: selfPayId });
    expect(JSON.stringify(estimates)).toContain(canary('EstimateService'));
    expect(readdirSync(app.exportDir)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.x12$|\.txt$|837/)]),
    );
  });

  test('the client writes their own words in Client view', async () => {
    const { page } = app;
    await openProfile(page);
    await page.getByRole('button', { name: 'Open Client view…' }).click();
    await page
      .getByRole('dialog', { name: 'Open Client view' })
      .getByRole('button', { name: 'Turn the screen to the client' })
      .click();
    await page.getByLabel('A goal, in your own words').fill(canary('ClientGoal'));
    await page.getByRole('button', { name: 'Add this goal' }).click();
    await page.getByRole('status').filter({ hasText: 'Added.' }).waitFor();
    await page.getByRole('button', { name: 'Counselor' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave Client view' });
    await leave.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await leave.getByRole('button', { name: 'Leave Client view' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const { content } = (await app.call('plans.get', { clientId })).current!;
    expect(JSON.stringify(content)).toContain(canary('ClientGoal'));
  });

  test('every screen shows the records', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Today' })
      .click();
    await page.getByRole('region', { name: 'Today’s sessions' }).waitFor();
    await visit(page, 'Clients');
    await page
      .getByRole('table', { name: 'Clients' })
      .getByText(new RegExp(token))
      .first()
      .waitFor();
    await openProfile(page);
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThan(4);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await settled(page);
    }
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page
      .getByRole('list', { name: 'Progress notes, newest first' })
      .getByRole('link')
      .first()
      .click();
    await page.getByText(canary('Subjective')).waitFor();
    for (const name of ['Schedule', 'End of day', 'Claims', 'Reports', 'Library']) {
      await visit(page, name);
    }
    await page
      .getByRole('list', { name: 'Resources' })
      .getByRole('link', { name: canary('Resource') })
      .click();
    await page.getByText(new RegExp(canary('ResourceBody'))).waitFor();
    for (const name of [
      'Practice profile',
      'Services and fees',
      'Scheduling',
      'Security',
      'Audit log',
    ]) {
      await visit(page, name);
    }
  });

  test('exports and a backup go to the chosen folder, and hold the canaries', async () => {
    const { page } = app;
    await visit(page, 'Clients');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved accord-clients\.csv/ })
      .waitFor();
    await openProfile(page);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'Export all notes (PDF)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .waitFor();
    await visit(page, 'Backups');
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'Backup written and verified.' }).waitFor();
    await page.getByRole('button', { name: 'Export everything…' }).click();
    await page.getByText(/^Exported to accord-export-/).waitFor();

    exportScan = scanForCanaries(app.exportDir, needles);
    // The CSV and the JSON export are plain text: the search must find the canaries there.
    expect(exportScan.hits.map((h) => h.file)).toEqual(
      expect.arrayContaining(['accord-clients.csv', expect.stringMatching(/clients\.json$/)]),
    );
  });

  test('after locking and quitting, no canary is anywhere but the export folder', async () => {
    const { page } = app;
    await page.evaluate(
      (text) => localStorage.setItem('canary-control', text),
      control.canary('Control'),
    );
    await page.getByRole('button', { name: 'Lock Accord' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Accord is locked' }).waitFor();
    expect(app.problems).toEqual([]);
    const exportDir = app.exportDir;
    await app.close();
    closed = true;

    scans.data = scanForCanaries(places.data, needles);
    scans.chromiumProfile = scanForCanaries(places.profile, needles);
    scans.testTmp = scanForCanaries(places.tmp, needles, { skip: [exportDir] });
    scans.log = scanForCanaries(places.log, needles);
    scans.systemTmp = scanForCanaries(systemTmp, needles, {
      skip: [root],
      changedSince: startedAt,
      before: systemTmpBefore,
    });
    // Chromium's session files included: the UI kit's fields keep typed record text out of the
    // browser's form memory (autocomplete off), so nothing of a record is there either.
    const hits = Object.entries(scans).flatMap(([place, scan]) =>
      scan.hits.map((hit) => ({ place, ...hit })),
    );
    // The scan does see what Chromium keeps: the control written to localStorage is found.
    const controlHits = scanForCanaries(places.profile, control.needles).hits;
    recordFigures('canary', {
      token,
      root,
      filesScanned: Object.values(scans).reduce((n, s) => n + s.files, 0),
      bytesScanned: Object.values(scans).reduce((n, s) => n + s.bytes, 0),
      places: Object.fromEntries(
        Object.entries(scans).map(([place, s]) => [place, { files: s.files, bytes: s.bytes }]),
      ),
      hits,
      exportFolder: {
        files: exportScan.files,
        hits: exportScan.hits.length,
        filesWithCanaries: [...new Set(exportScan.hits.map((h) => h.file))],
      },
      controlHitsInProfile: controlHits,
      log: readFileSync(logFile, 'utf8').split('\n').filter(Boolean),
    });
    expect(controlHits.length).toBeGreaterThan(0);
    // The scan did look: the profile and the data folder are not empty.
    expect(scans.data.files).toBeGreaterThan(0);
    expect(scans.chromiumProfile.files).toBeGreaterThan(10);
    expect(hits).toEqual([]);
  });
});

async function openProfile(page: Page): Promise<void> {
  await openPage(page, 'Clients');
  await page.getByLabel('Search clients').fill(canary('Last'));
  await page
    .getByRole('table', { name: 'Clients' })
    .getByRole('link', { name: new RegExp(token) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(canary('Last')) }).waitFor();
}
