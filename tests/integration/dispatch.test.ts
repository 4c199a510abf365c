import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, startApp, type TestApp } from '../support/app.ts';

let a: TestApp;
beforeAll(async () => {
  a = startApp();
  await a.call('vault.setup', { passphrase: PASSPHRASE });
});
afterAll(() => a.dispose());

describe('dispatch', () => {
  test('an unknown channel is refused', async () => {
    for (const channel of ['nope.nothing', 'constructor', '__proto__', 42, null]) {
      expect(await a.dispatch(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  test('inputs are validated strictly: unknown keys and wrong types are refused, with fields', async () => {
    expect(await a.dispatch('settings.get', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { extra: 'Accord does not know this field.' } },
    });
    expect(await a.dispatch('settings.saveSecurity', { autoLockMinutes: 'ten' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { autoLockMinutes: 'Enter a number of minutes.' } },
    });
    expect(await a.dispatch('settings.saveSecurity', null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const polluted = JSON.parse('{"autoLockMinutes": 5, "__proto__": {"admin": true}}');
    expect(await a.dispatch('settings.saveSecurity', polluted)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect((await a.call('settings.get')).security.autoLockMinutes).toBe(10);
  });

  test('practice profile: saved, read back, and bad fields named in plain words', async () => {
    const { practice } = await a.call('settings.get');
    const good = {
      ...practice,
      practiceName: 'Willow Counseling',
      counselorName: 'Dana Reyes',
      credentials: 'LPC',
      npi: '1234567893',
      taxId: '12-3456789',
      timeZone: 'America/Denver',
      currency: 'USD',
      address: {
        line1: '1 Main St',
        line2: '',
        city: 'Boulder',
        region: 'CO',
        postalCode: '80302',
      },
    };
    expect(await a.call('settings.savePractice', good)).toEqual(good);
    expect((await a.call('settings.get')).practice).toEqual(good);

    const bad = await a.dispatch('settings.savePractice', {
      ...good,
      npi: '1234567890',
      timeZone: 'Mars/Olympus',
      currency: 'XYZ',
      taxId: '12',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '4 details need attention.',
        fields: {
          npi: expect.stringMatching(/check digit/),
          timeZone: expect.stringMatching(/time zone/),
          currency: expect.stringMatching(/currency/),
          taxId: expect.stringMatching(/EIN/),
        },
      },
    });
    expect((await a.call('settings.get')).practice).toEqual(good);
    const audit = await a.call('audit.list', { action: 'settings.practice_updated' });
    expect(audit.events).toHaveLength(1);
    // The trail names what changed, never the values.
    expect(audit.events[0]?.summary).not.toMatch(/Willow|Dana|1234567893/);
  });

  test('an unexpected failure is reported without internals', async () => {
    const h = a.vault.handle;
    h.exec('ALTER TABLE settings RENAME TO settings_moved');
    try {
      const result = await a.dispatch('settings.get', {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: expect.stringMatching(/^Something went wrong/) },
      });
      expect(JSON.stringify(result)).not.toMatch(/settings|sqlite|at /i);
    } finally {
      h.exec('ALTER TABLE settings_moved RENAME TO settings');
    }
  });
});
