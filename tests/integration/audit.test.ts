import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput } from '../support/fixtures.ts';

let a: TestApp;
const clock = manualClock('2026-03-02T15:00:00.000Z');
beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  const practice = (await a.call('settings.get')).practice;
  await a.call('settings.savePractice', { ...practice, timeZone: 'America/Chicago' });
  for (let day = 0; day < 3; day++) {
    clock.advance(24 * 3600_000);
    await a.call('settings.saveSecurity', { autoLockMinutes: 5 + day });
  }
});
afterAll(() => a.dispose());

describe('the audit trail', () => {
  test('records each change in the same transaction, newest first', async () => {
    const page = await a.call('audit.list', {});
    expect(page.total).toBe(5);
    expect(page.events.map((e) => e.action)).toEqual([
      'settings.security_updated',
      'settings.security_updated',
      'settings.security_updated',
      'settings.practice_updated',
      'vault.setup',
    ]);
    expect(page.events[0]?.summary).toBe('Auto-lock changed from 6 to 7 minutes');
    expect(page.events[3]?.summary).toBe('Practice profile changed: timeZone');
  });

  test('filters by the practice calendar day and by action, and pages', async () => {
    // 2026-03-03T15:00Z is 09:00 in Chicago on March 3.
    const day = await a.call('audit.list', { from: '2026-03-03', to: '2026-03-03' });
    expect(day.events.map((e) => e.at)).toEqual(['2026-03-03T15:00:00.000Z']);
    const setups = await a.call('audit.list', { action: 'vault.setup' });
    expect(setups.total).toBe(1);
    const second = await a.call('audit.list', { page: 2, pageSize: 2 });
    expect(second.events.map((e) => e.id)).toEqual([3, 2]);
    expect(second.total).toBe(5);
  });

  test('rejects a date range that runs backwards', async () => {
    const result = await a.dispatch('audit.list', { from: '2026-03-04', to: '2026-03-01' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: expect.any(String) } },
    });
  });

  test('cannot be edited or deleted through SQL', () => {
    const h = a.vault.handle;
    expect(() => h.prepare(`UPDATE audit_events SET summary = 'x' WHERE id = 1`).run()).toThrow(
      /append-only/,
    );
    expect(() => h.prepare(`DELETE FROM audit_events WHERE id = 1`).run()).toThrow(/append-only/);
  });

  test('verifies, and names the first altered event when triggers are bypassed', async () => {
    expect(await a.call('audit.verify')).toEqual({
      ok: true,
      checked: 5,
      brokenAt: null,
      reason: null,
    });
    const h = a.vault.handle;
    h.exec('DROP TRIGGER audit_events_no_update');
    h.prepare(`UPDATE audit_events SET summary = 'Nothing happened' WHERE id = 3`).run();
    const result = await a.call('audit.verify');
    expect(result).toMatchObject({ ok: false, brokenAt: 3, reason: 'its content was changed' });
    const newest = (await a.call('audit.list', { pageSize: 1 })).events[0];
    expect(newest?.summary).toMatch(/broken link at event 3/);
  });

  test('detects a deleted event', async () => {
    const h = a.vault.handle;
    h.prepare(
      `UPDATE audit_events SET summary = 'Auto-lock changed from 10 to 5 minutes' WHERE id = 3`,
    ).run();
    expect((await a.call('audit.verify')).ok).toBe(true);
    h.exec('DROP TRIGGER audit_events_no_delete');
    h.prepare('DELETE FROM audit_events WHERE id = 2').run();
    expect(await a.call('audit.verify')).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'event 2 is missing',
    });
  });
});

describe('a change and its audit event', () => {
  test('commit together: when the event cannot be written, neither is the change', async () => {
    const h = a.vault.handle;
    const before = contentHash(h);
    h.exec(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END`);
    try {
      const result = await a.dispatch('clients.create', clientInput());
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      const pending = await a.dispatch('settings.saveSecurity', { autoLockMinutes: 42 });
      expect(pending.ok).toBe(false);
    } finally {
      h.exec('DROP TRIGGER refuse_audit');
    }
    expect(contentHash(h)).toBe(before);
  });
});
