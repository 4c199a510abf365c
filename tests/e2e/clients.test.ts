import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, dateInZone } from '../../shared/dates.ts';
import { clientInput } from '../support/fixtures.ts';
import { launchApp, screenshot, type LaunchedApp } from './harness.ts';
import { description, isInvalid, PASSPHRASE } from './steps.ts';

const ZONE = 'America/Chicago';
const today = () => dateInZone(new Date(), ZONE);

/** Opens the Clients screen from the side navigation. */
async function openClients(app: LaunchedApp) {
  await app.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await app.page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
}

async function openProfile(app: LaunchedApp, name: string) {
  await openClients(app);
  await app.page.getByLabel('Search clients').fill(name);
  await app.page.getByRole('table', { name: 'Clients' }).getByRole('link', { name }).click();
  await app.page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('clients', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    const { practice } = await app.call('settings.get');
    await app.call('settings.savePractice', {
      ...practice,
      practiceName: 'Cedar Grove Therapy',
      counselorName: 'Dana Whitfield',
      timeZone: ZONE,
    });
    // Still unlocked: the reloaded page opens straight into the app.
    await app.page.reload();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
  });

  afterAll(async () => {
    expect(app?.problems).toEqual([]);
    await app?.close();
  });

  test('an empty practice is told what to do next', async () => {
    await openClients(app);
    await app.page.getByRole('heading', { name: 'No clients yet' }).waitFor();
    await app.page.getByRole('button', { name: 'Add your first client' }).waitFor();
    await app.page.getByRole('button', { name: 'Import a CSV file' }).waitFor();
    await screenshot(app.page, 'clients-empty');
  });

  test('the new-client form shows the core’s messages on their fields, then saves', async () => {
    const { page } = app;
    await openClients(app);
    await page.getByRole('button', { name: 'Add your first client' }).click();
    await page.getByRole('heading', { level: 1, name: 'New client' }).waitFor();

    await page.getByLabel('Legal first name').fill('Renée');
    await page.getByLabel('Legal last name').fill('Dubois-Légaré');
    await page.getByLabel('Preferred name').fill('Née');
    await page.getByLabel('Pronouns').fill('she/her');
    await page.getByLabel('Date of birth').fill('1990-07-14');
    await page.getByLabel('Phone', { exact: true }).fill('(303) 555-0199');
    const email = page.getByLabel('Email', { exact: true });
    await email.fill('not-an-email');
    await page.getByLabel('Preferred way to reach them').selectOption({ label: 'Text message' });
    await page.getByLabel('OK to send text messages').check();
    const city = page.getByLabel('City');
    await city.fill('x'.repeat(101));
    await page.getByLabel('Emergency contact name').fill('Luc Dubois');
    await page.getByLabel('Relationship to the client').fill('Brother');
    await page.getByLabel('Counselor-only notes').fill('Prefers late afternoons.');
    await page.getByRole('button', { name: 'Add client' }).click();

    await page.getByRole('alert').filter({ hasText: '2 details need attention.' }).waitFor();
    await expect.poll(() => isInvalid(email)).toBe(true);
    await expect
      .poll(() => description(email))
      .toContain('Enter an email address like name@example.com');
    await expect.poll(() => isInvalid(city)).toBe(true);
    await expect.poll(() => description(city)).toContain('City can be at most 100 characters.');
    expect(await email.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await screenshot(page, 'client-form-errors');

    await email.fill('renee@example.test');
    await city.fill('Boulder');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Née Dubois-Légaré' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('Legal name: Renée Dubois-Légaré').waitFor();
    const prefs = page.getByRole('region', { name: /Before you contact/ });
    await prefs.getByText('A text message').waitFor();
    await prefs.getByText('OK to send texts').waitFor();
    await prefs.getByText('Do not leave a voicemail').waitFor();
    await prefs.getByText('Do not send email').waitFor();
    await main.getByText('Prefers late afternoons.').waitFor();
    await screenshot(page, 'client-profile');

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit client details' }).waitFor();
    await page.getByLabel('OK to leave a voicemail').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Details saved.' }).waitFor();
    await prefs.getByText('OK to leave a voicemail').waitFor();
  });

  test('search finds clients by part of a name or phone, as the counselor types', async () => {
    const { page } = app;
    await app.call(
      'clients.create',
      clientInput({
        legalFirstName: 'Margaret',
        legalLastName: 'Okonkwo',
        preferredName: 'Peggy',
        pronouns: 'she/her',
        phone: '(303) 555-0147',
        email: 'peggy.o@example.test',
      }),
    );
    await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'José', legalLastName: 'Álvarez', pronouns: 'he/him' }),
    );
    await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'ليلى', legalLastName: 'حداد', pronouns: '' }),
    );
    await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Wren', legalLastName: 'Waiting', status: 'waitlist' }),
    );
    await openClients(app);
    const table = page.getByRole('table', { name: 'Clients' });
    const rows = table.locator('tbody tr');
    await page.getByText('4 active clients.').waitFor();
    await expect(rows.count()).resolves.toBe(4);
    await screenshot(page, 'clients-list');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'clients-list-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const search = page.getByLabel('Search clients');
    await search.fill('oko');
    await page.getByText('1 active client matches “oko”.').waitFor();
    await expect(rows.first().textContent()).resolves.toContain('Peggy Okonkwo');
    await expect(rows.first().textContent()).resolves.toContain('Legal name: Margaret Okonkwo');
    await search.fill('0147');
    await page.getByText('1 active client matches “0147”.').waitFor();
    await search.fill('jose alv');
    await page.getByText('1 active client matches “jose alv”.').waitFor();
    await expect(rows.first().textContent()).resolves.toContain('José Álvarez');

    // Someone on the waitlist is found once the filter allows it.
    await search.fill('wren');
    await page
      .getByRole('heading', { name: /No one matches “wren” among active clients/ })
      .waitFor();
    await page.getByRole('button', { name: 'Show all clients' }).click();
    await page.getByText('1 client matches “wren”.').waitFor();
    await page.getByRole('radio', { name: 'Waitlist' }).check();
    await page.getByText('1 client on the waitlist matches “wren”.').waitFor();

    // Keyboard: Tab reaches the row's link, Enter opens the profile.
    await search.fill('peggy');
    await page
      .getByText('1 client on the waitlist')
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.getByRole('radio', { name: 'Active' }).check();
    await page.getByText('1 active client matches “peggy”.').waitFor();
    // From the search box, Tab goes to the status filter, then to the first client.
    await search.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').textContent()).resolves.toBe('Peggy Okonkwo');
    await screenshot(page, 'clients-list-focus');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Peggy Okonkwo' }).waitFor();
  });

  test('insurance: a subscriber who is not the client, and a copay typed as money', async () => {
    const { page } = app;
    await openProfile(app, 'Peggy Okonkwo');
    // Tabs follow the arrow keys, and the selected tab keeps the focus.
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    const insuranceTab = page.getByRole('tab', { name: 'Insurance' });
    await expect(insuranceTab.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(
      insuranceTab.evaluate((el) => el === el.ownerDocument.activeElement),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Add insurance or self-pay' }).click();
    await page.getByLabel('Payer name').fill('Example Health Plan');
    await page.getByLabel('Payer ID').fill('60054');
    await page.getByLabel('Member ID').fill('XEH123456789');
    await page.getByLabel('Group number').fill('G-100');
    const copay = page.getByLabel('Copay');
    await copay.fill('25.5.0');
    await page.getByRole('radio', { name: 'Someone else' }).check();
    await page.getByLabel('Subscriber name').fill('Chidi Okonkwo');
    await page.getByLabel('Subscriber date of birth').fill('1985-03-09');
    await page
      .getByLabel('Relationship', { exact: true })
      .selectOption({ label: 'Client is their spouse or partner' });
    await page.getByRole('button', { name: 'Save insurance' }).click();
    await expect
      .poll(() => description(copay))
      .toContain('Enter the copay as an amount, like 25.00');
    await screenshot(page, 'client-insurance-form');

    await copay.fill('25.00');
    await page.getByRole('button', { name: 'Save insurance' }).click();
    await page.getByRole('status').filter({ hasText: 'Insurance saved' }).waitFor();
    const panel = page.getByRole('tabpanel');
    await panel.getByText('$25.00 per session').waitFor();
    await panel.getByText('Chidi Okonkwo').waitFor();
    await screenshot(page, 'client-insurance');
    const { clients } = await app.call('clients.list', { query: 'okonkwo' });
    const saved = await app.call('clients.get', { id: clients[0]!.id });
    expect(saved.insurance).toMatchObject({
      kind: 'insurance',
      copayCents: 2500,
      payerId: '60054',
    });
  });

  test('diagnoses: found as the counselor types, ordered, saved', async () => {
    const { page } = app;
    await openProfile(app, 'Peggy Okonkwo');
    await page.getByRole('tab', { name: 'Diagnoses' }).click();
    const search = page.getByRole('combobox', { name: 'Add a diagnosis' });
    await search.fill('gen anx');
    const listbox = page.getByRole('listbox', { name: 'Matching ICD-10-CM codes' });
    await listbox.getByRole('option', { name: /F41\.1/ }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'client-diagnoses-search');
    // The first suggestion is highlighted: Enter takes it.
    await expect(listbox.getByRole('option', { selected: true }).textContent()).resolves.toContain(
      'F41.1',
    );
    await search.press('Enter');
    const list = page.getByRole('list', { name: 'Diagnoses, primary first' });
    await list.getByText('Generalized anxiety disorder').waitFor();
    expect(await search.inputValue()).toBe('');

    await search.fill('spouse');
    await listbox.getByRole('option', { name: /Z63\.0/ }).click();
    await list.getByText('Problems in relationship with spouse or partner').waitFor();
    await page.getByRole('button', { name: 'Move Z63.0 up' }).click();
    await expect(list.locator('li').first().textContent()).resolves.toContain('Z63.0');
    await expect(list.locator('li').first().textContent()).resolves.toContain('Primary');
    // Looking at another tab keeps unsaved changes, and the tab says they are unsaved.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('tab', { name: /Diagnoses.*unsaved changes/ }).click();
    await expect(list.locator('li').first().textContent()).resolves.toContain('Z63.0');
    // A code outside Accord's list goes in with the title the counselor types.
    await page.getByText('Add a code that is not in Accord’s list').click();
    await page.getByLabel('ICD-10-CM code', { exact: true }).fill('s060x0a');
    await page
      .getByLabel('Title', { exact: true })
      .fill('Concussion without loss of consciousness, initial encounter');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await list.getByText('S06.0X0A', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save diagnoses' }).click();
    await page.getByRole('status').filter({ hasText: 'Diagnoses saved' }).waitFor();
    await page.getByRole('tab', { name: /Diagnoses\s*3/ }).waitFor();

    const { clients } = await app.call('clients.list', { query: 'okonkwo' });
    const saved = await app.call('clients.get', { id: clients[0]!.id });
    expect(saved.diagnoses.map((d) => [d.code, d.rank])).toEqual([
      ['Z63.0', 1],
      ['F41.1', 2],
      ['S06.0X0A', 3],
    ]);
    await screenshot(page, 'client-diagnoses');
  });

  test('consents: one drawn, one typed, and a revocation kept on the record', async () => {
    const { page } = app;
    await openProfile(app, 'Peggy Okonkwo');
    await page.getByRole('tab', { name: 'Consents' }).click();
    await page.getByRole('button', { name: 'Record consent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record consent' });
    await expect(dialog.getByLabel('Text the client signs').inputValue()).resolves.toContain(
      'counseling with Dana Whitfield',
    );
    await dialog.getByRole('radio', { name: /Drawn/ }).check();
    const pad = dialog.getByRole('img', { name: 'Signature' });
    await pad.scrollIntoViewIfNeeded();
    await screenshot(page, 'client-consent-dialog');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let i = 1; i <= 24; i++) {
      await page.mouse.move(
        box.x + 40 + i * 12,
        box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)),
        { steps: 2 },
      );
    }
    await page.mouse.up();
    await dialog.getByText('Signature drawn.').waitFor();
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const consents = page.getByRole('tabpanel');
    await consents.getByRole('img', { name: 'Signature drawn by Margaret Okonkwo' }).waitFor();

    await page.getByRole('button', { name: 'Record consent' }).click();
    await dialog.getByLabel('Kind of consent').selectOption({ label: 'Release of information' });
    await expect(dialog.getByLabel('Text the client signs').inputValue()).resolves.toContain(
      'share the information described below',
    );
    await dialog.getByLabel('Shared with').fill('Dr. Rivera, Family Medicine');
    await dialog.getByLabel('What may be shared').fill('Attendance and diagnosis');
    await dialog.getByRole('radio', { name: /Typed name/ }).check();
    await dialog.getByLabel('Typed signature').fill('Margaret Okonkwo');
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await consents.getByText('Dr. Rivera, Family Medicine').waitFor();
    await screenshot(page, 'client-consents');

    await page.getByRole('button', { name: /Revoke release of information/ }).click();
    const revoke = page.getByRole('dialog', { name: 'Revoke consent' });
    await revoke.getByLabel('Reason (optional)').fill('Finished with that physician');
    await revoke.getByRole('button', { name: 'Revoke consent' }).click();
    await revoke.waitFor({ state: 'hidden' });
    await consents.getByText(/Finished with that physician/).waitFor();
    await consents.getByText('1 active, 1 revoked.', { exact: false }).waitFor();

    const { clients } = await app.call('clients.list', { query: 'okonkwo' });
    const saved = await app.call('clients.get', { id: clients[0]!.id });
    const drawn = saved.consents.find((c) => c.signature.kind === 'drawn')!;
    expect(drawn.signature.kind === 'drawn' && drawn.signature.image).toMatch(
      /^data:image\/png;base64,/,
    );
    expect(saved.consents.find((c) => c.kind === 'release')?.revokedOn).toBe(today());
    await screenshot(page, 'client-consents-revoked');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'client-consents-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('discharge with a date and reason, then re-activate; sessions listed', async () => {
    const { page } = app;
    const { clients } = await app.call('clients.list', { query: 'okonkwo' });
    const clientId = clients[0]!.id;
    const { services } = await app.call('services.list', {});
    const serviceId = services.find((s) => s.code === '90834')!.id;
    for (const [date, time] of [
      [addDays(today(), -14), '10:00'],
      [addDays(today(), 7), '15:30'],
    ] as const) {
      await app.call('schedule.create', {
        clientId,
        serviceId,
        date,
        time,
        durationMin: 45,
        location: 'office',
        memo: '',
        allowConflicts: true,
      });
    }
    await openProfile(app, 'Peggy Okonkwo');
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByRole('table', { name: 'Upcoming sessions' }).getByText('3:30 PM').waitFor();
    await page
      .getByRole('table', { name: 'Past sessions, most recent first' })
      .getByText('10:00 AM')
      .waitFor();
    await screenshot(page, 'client-sessions');

    await page.getByRole('button', { name: 'Discharge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Discharge Peggy Okonkwo' });
    await dialog.getByRole('button', { name: 'Discharge' }).click();
    // The core answers asynchronously: wait for its message rather than read too soon.
    await expect
      .poll(() => description(dialog.getByLabel('Reason for discharge')))
      .toContain('Enter reason for discharge.');
    await screenshot(page, 'client-discharge-dialog');
    await dialog.getByLabel('Reason for discharge').fill('Goals met');
    await dialog.getByRole('button', { name: 'Discharge' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const header = page.locator('.profile-header');
    await header.getByText('Discharged', { exact: true }).waitFor();
    await header.getByText(/Discharged on .*: Goals met/).waitFor();

    await page.getByRole('button', { name: 'Re-activate…' }).click();
    const back = page.getByRole('dialog', { name: 'Re-activate Peggy Okonkwo' });
    await back.getByRole('radio', { name: /Waitlist/ }).check();
    await back.getByRole('button', { name: 'Re-activate' }).click();
    await back.waitFor({ state: 'hidden' });
    await header.getByText('Waitlist', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark active' }).click();
    await header.getByText('Active', { exact: true }).waitFor();
    // The action that was pressed is gone; focus went back to the page's heading.
    await expect(page.locator(':focus').evaluate((el) => el.tagName)).resolves.toBe('H1');
    await expect(app.call('clients.get', { id: clientId })).resolves.toMatchObject({
      status: 'active',
      dischargedOn: null,
    });

    // Opening a record is a view of it, and the audit trail says so.
    const views = await app.call('audit.list', { action: 'client.viewed' });
    expect(views.events.some((e) => e.clientId === clientId)).toBe(true);

    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'client-profile-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('a long list loads more on request', async () => {
    const { page } = app;
    const csv =
      'First name,Last name\n' +
      Array.from({ length: 55 }, (_, i) => `Bulk${i},Zimmer${String(i).padStart(2, '0')}`).join(
        '\n',
      );
    await app.call('clients.importCommit', { csv });
    await openClients(app);
    await page.getByLabel('Search clients').fill('zimmer');
    await page.getByText('55 active clients match “zimmer”.').waitFor();
    const rows = page.getByRole('table', { name: 'Clients' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(50);
    await page.getByText('Showing 50 of 55.').waitFor();
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByRole('button', { name: 'Show more' }).waitFor({ state: 'detached' });
    await expect(rows.count()).resolves.toBe(55);
  });
});
