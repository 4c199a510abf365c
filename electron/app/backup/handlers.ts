import { join } from 'node:path';
import { AccordError } from '../../../shared/errors.ts';
import {
  DEFAULT_BACKUP_SETTINGS,
  backupSettings,
  type BackupSettings,
} from '../../../shared/domain/backup.ts';
import { audited, recordEvent } from '../audit/audit.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { putSetting, readSetting } from '../settings/settings.ts';
import {
  listBackups,
  makeBackup,
  rotateBackups,
  verifyBackup,
  type BackupReason,
} from './backup.ts';

const DAY_MS = 86_400_000;

async function settingsOf(ctx: AppContext): Promise<BackupSettings> {
  const parsed = backupSettings.safeParse(await readSetting(ctx.db, 'backup'));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
}

async function state(ctx: AppContext) {
  const settings = await settingsOf(ctx);
  const backups = settings.folder
    ? listBackups(settings.folder).map((b) => ({
        name: b.name,
        createdAt: b.manifest?.createdAt ?? null,
        reason: b.manifest?.reason ?? null,
        intact: b.manifest !== null,
        counts: b.manifest?.counts ?? {},
        bytes: b.manifest?.bytes ?? null,
      }))
    : [];
  return { settings, backups };
}

function requireFolder(settings: BackupSettings): string {
  if (!settings.folder) {
    throw new AccordError('VALIDATION', 'Choose a folder for backups first.', {
      fields: { folder: 'No folder chosen yet.' },
    });
  }
  return settings.folder;
}

/** One backup, checked, rotated and audited. */
export async function backUp(ctx: AppContext, reason: BackupReason): Promise<string> {
  const folder = requireFolder(await settingsOf(ctx));
  const { file, manifest } = makeBackup(ctx.vault.backupSource(), folder, reason, ctx.clock.now());
  const removed = rotateBackups(folder);
  const name = file.slice(folder.length + 1);
  await recordEvent(ctx, {
    action: 'backup.made',
    entity: 'backup',
    entityId: name,
    summary: `Backup ${name} written and verified (${manifest.counts.clients ?? 0} clients)${removed.length ? `; ${removed.length} older backups rotated out` : ''}`,
  });
  return name;
}

/** The daily backup, if one is due; a failure is recorded, never thrown at the unlock. */
export async function dailyBackupIfDue(ctx: AppContext): Promise<void> {
  const settings = await settingsOf(ctx);
  if (!settings.daily || !settings.folder) return;
  const latest = listBackups(settings.folder).find((b) => b.manifest)?.manifest;
  if (latest && ctx.clock.now().getTime() - Date.parse(latest.createdAt) < DAY_MS) return;
  try {
    await backUp(ctx, 'daily');
  } catch {
    await recordEvent(ctx, {
      action: 'backup.failed',
      entity: 'backup',
      summary: 'The daily backup could not be written; check the backup folder',
    });
  }
}

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup.state': async (_input, ctx) => state(ctx),

  'backup.chooseFolder': async (_input, ctx) => {
    const folder = await ctx.files.chooseFolder({ title: 'Choose where Accord keeps its backups' });
    if (folder) {
      if (join(folder) === join(ctx.vault.dbFile, '..')) {
        throw new AccordError(
          'VALIDATION',
          'Choose a folder other than Accord’s own data folder, ideally on another drive.',
        );
      }
      const next = { ...(await settingsOf(ctx)), folder };
      await audited(ctx, (trx) => putSetting(trx, 'backup', next, ctx.clock.now()), {
        action: 'settings.backup_updated',
        entity: 'settings',
        entityId: 'backup',
        summary: 'Backup folder chosen',
      });
    }
    return state(ctx);
  },

  'backup.setDaily': async ({ daily }, ctx) => {
    const next = { ...(await settingsOf(ctx)), daily };
    await audited(ctx, (trx) => putSetting(trx, 'backup', next, ctx.clock.now()), {
      action: 'settings.backup_updated',
      entity: 'settings',
      entityId: 'backup',
      summary: daily ? 'Daily backups turned on' : 'Daily backups turned off',
    });
    return state(ctx);
  },

  'backup.now': async (_input, ctx) => {
    await backUp(ctx, 'manual');
    return state(ctx);
  },

  'backup.restore': async ({ name }, ctx) => {
    const folder = requireFolder(await settingsOf(ctx));
    const file = join(folder, name);
    const manifest = verifyBackup(file, ctx.vault.backupSource().key);
    const staged = ctx.vault.stageRestore(file);
    // The database as it is now is kept first, so a restore can itself be undone.
    const kept = await backUp(ctx, 'before-restore');
    await ctx.vault.replaceDatabase(staged, {
      action: 'backup.restored',
      entity: 'backup',
      entityId: name,
      summary: `Restored from ${name} (made ${manifest.createdAt}); the previous database was kept as ${kept}`,
    });
    return state(ctx);
  },
};
