import type { Kysely } from 'kysely';
import { SAMPLE_PASSPHRASE } from '../../../shared/channels/sample.ts';
import type { Database } from '../db/schema.ts';
import type { App } from '../index.ts';
import { generateSamplePractice, SAMPLE_SETTING, type SampleOptions } from './generate.ts';

/** The demo vault's folder, beside (never inside) the counselor's own vault folder. */
export const DEMO_FOLDER = 'demo';

/** Whether the open vault holds the sample practice (the generator marks it). */
export async function isSampleVault(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', SAMPLE_SETTING)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Opens the sample practice in `app`, whose data folder must be the demo folder: the first time,
 * creates its vault with the known passphrase and writes the practice; afterwards, unlocks it.
 * The passphrase is shown on its unlock screen: this vault holds only invented records.
 */
export async function openDemoVault(
  app: App,
  options: SampleOptions = {},
): Promise<{ generated: boolean }> {
  const status = app.vault.status();
  if (status.problem) throw new Error(`the demo vault cannot be opened: ${status.problem.message}`);
  if (status.state === 'new') {
    await app.vault.setup(SAMPLE_PASSPHRASE);
    await generateSamplePractice(app.vault.db, options);
    return { generated: true };
  }
  if (status.state === 'locked') await app.vault.unlock(SAMPLE_PASSPHRASE);
  // A demo folder whose generation was interrupted is finished now rather than left half empty.
  if (!(await isSampleVault(app.vault.db))) {
    await generateSamplePractice(app.vault.db, options);
    return { generated: true };
  }
  return { generated: false };
}
