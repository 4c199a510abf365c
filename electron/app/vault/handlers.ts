import { dailyBackupIfDue } from '../backup/handlers.ts';
import type { DomainHandlers } from '../context.ts';

export const vaultHandlers: DomainHandlers<'vault'> = {
  'vault.status': async (_input, { vault }) => vault.status(),
  'vault.setup': async ({ passphrase }, { vault }) => vault.setup(passphrase),
  'vault.unlock': async ({ passphrase }, ctx) => {
    await ctx.vault.unlock(passphrase);
    await dailyBackupIfDue(ctx);
    return {};
  },
  'vault.lock': async (_input, { vault }) => {
    await vault.lock();
    return {};
  },
  'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }, { vault }) => {
    await vault.changePassphrase(currentPassphrase, newPassphrase);
    return {};
  },
  'vault.recover': async ({ recoveryKey, newPassphrase }, { vault }) => {
    await vault.recover(recoveryKey, newPassphrase);
    return {};
  },
};
