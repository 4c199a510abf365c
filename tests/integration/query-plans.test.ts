import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SqliteHandle } from '../../electron/app/db/open.ts';
import { generateSamplePractice } from '../../electron/app/sample/generate.ts';
import { manualClock, PASSPHRASE, startApp, type TestApp } from '../support/app.ts';

/**
 * The hot queries use their indexes. The SQL is caught as the real channels run it (the handle's
 * prepare is watched), then SQLite is asked for its plan: a full scan of a big table would make a
 * screen slow on a ten-year practice long before a test on a small one noticed.
 */
describe('query plans of the hot queries', () => {
  let app: TestApp;
  let handle: SqliteHandle;
  const seen: string[] = [];
  let clientId = 0;
  let openDay = '';

  beforeAll(async () => {
    app = startApp({ clock: manualClock('2026-03-02T15:00:00.000Z'), kdfTargetMs: 1 });
    await app.call('vault.setup', { passphrase: PASSPHRASE });
    await generateSamplePractice(app.vault.db, {
      scale: 0.02,
      today: '2026-03-02',
      now: new Date('2026-03-02T15:00:00.000Z'),
      openDays: 10,
    });
    handle = app.vault.handle;
    const prepare = handle.prepare.bind(handle);
    handle.prepare = ((source: string) => {
      seen.push(source);
      return prepare(source);
    }) as typeof handle.prepare;
    clientId = handle
      .prepare('SELECT client_id FROM charges GROUP BY client_id ORDER BY count(*) DESC')
      .pluck()
      .get() as number;
    openDay = handle
      .prepare(`SELECT max(local_date) FROM appointments WHERE status = 'attended'`)
      .pluck()
      .get() as string;
  });
  afterAll(() => app.dispose());

  /** The plan of the first statement the channel ran that matches `pattern`, as one text. */
  async function planOf(run: () => Promise<unknown>, pattern: RegExp): Promise<string> {
    seen.length = 0;
    await run();
    const statement = seen.find((s) => pattern.test(s));
    if (!statement) throw new Error(`no statement matched ${pattern}:\n${seen.join('\n')}`);
    const parameters = (statement.match(/\?/g) ?? []).map(() => null);
    const rows = handle.prepare(`EXPLAIN QUERY PLAN ${statement}`).all(...parameters) as {
      detail: string;
    }[];
    return rows.map((r) => r.detail).join('\n');
  }

  test('the calendar searches sessions by start time', async () => {
    const plan = await planOf(
      () => app.call('schedule.range', { from: '2026-02-23', to: '2026-03-01' }),
      /from "appointments" where "start_at" >= \?/,
    );
    expect(plan).toMatch(/SEARCH appointments USING INDEX appointments_start/);
  });

  test('client search goes through the full-text index', async () => {
    const plan = await planOf(
      () => app.call('clients.list', { query: 'ash', status: 'all' }),
      /clients_search MATCH/,
    );
    expect(plan).toMatch(/SCAN clients_search VIRTUAL TABLE INDEX/);
  });

  test('notes search reads one client’s notes by index and the text by the full-text index', async () => {
    const plan = await planOf(
      () => app.call('notes.list', { clientId, query: 'sleep' }),
      /notes_search MATCH/,
    );
    expect(plan).toMatch(/SEARCH notes USING INDEX notes_client_date \(client_id=\?\)/);
    expect(plan).toMatch(/SCAN notes_search VIRTUAL TABLE INDEX/);
  });

  test('a client’s ledger reads charges and payments by client', async () => {
    const charges = await planOf(
      () => app.call('billing.ledger', { clientId }),
      /from "charges" where "client_id" = \?/,
    );
    expect(charges).toMatch(/SEARCH charges USING INDEX charges_client_date \(client_id=\?\)/);
    const payments = await planOf(
      () => app.call('billing.ledger', { clientId }),
      /from "payments" where "client_id" = \?/,
    );
    expect(payments).toMatch(/SEARCH payments USING INDEX payments_client_date \(client_id=\?\)/);
  });

  test('end of day reads the day’s charges by date', async () => {
    const plan = await planOf(
      () => app.call('billing.endOfDay', { day: openDay }),
      /from "charges" where "service_date" = \?/,
    );
    expect(plan).toMatch(/SEARCH charges USING INDEX charges_service_date \(service_date=\?\)/);
  });

  test('end of day finds earlier days with sessions not charged by start time, not a full scan', async () => {
    const plan = await planOf(
      () => app.call('billing.endOfDay', { day: openDay }),
      /from "appointments" left join "charges"/,
    );
    expect(plan).toMatch(
      /SEARCH appointments USING INDEX appointments_start \(start_at>\? AND start_at<\?\)/,
    );
    expect(plan).not.toMatch(/SCAN appointments/);
  });

  test('aging reads only the open charges (and those settled since its day), not every charge', async () => {
    const plan = await planOf(
      () => app.call('reports.aging', { by: 'client', asOf: '2026-01-31' }),
      /FROM open_charges/,
    );
    // The candidates come from 0009's open set and settlements by day; each one's charge and
    // money by key and the covering indexes of 0008: no pass over charges or all the money.
    expect(plan).toMatch(/SCAN open_charges/);
    expect(plan).toMatch(
      /SEARCH charge_settlements USING COVERING INDEX charge_settlements_settled_on \(settled_on>\?\)/,
    );
    expect(plan).toMatch(/SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan).toMatch(/SEARCH a USING COVERING INDEX allocations_charge_money \(charge_id=\?\)/);
    expect(plan).toMatch(/SEARCH d USING COVERING INDEX adjustments_charge_money/);
    expect(plan).not.toMatch(/SCAN (c|charges|allocations|a|adjustments|d|payments|p)\b/);
  });

  test('claims are listed by status', async () => {
    const plan = await planOf(
      () => app.call('claims.list', { status: 'exported' }),
      /from "claims" where "status" = \?/,
    );
    expect(plan).toMatch(/SEARCH claims USING INDEX claims_status \(status=\?\)/);
  });
});
