import { AccordError } from '../../../shared/errors.ts';
import { pinMatches } from '../clientview/pin.ts';
import type { AppContext } from '../context.ts';
import { getPinHash } from '../settings/settings.ts';

/**
 * The counselor proves it is them before a signature: the passphrase again, or the PIN set in
 * Settings. Wrong answers slow down like wrong unlocks and are audited.
 */
export async function confirmCounselor(
  ctx: AppContext,
  secret: { passphrase?: string | undefined; pin?: string | undefined },
): Promise<void> {
  if (secret.pin === undefined) {
    await ctx.vault.verifyPassphrase(secret.passphrase ?? '');
    return;
  }
  ctx.vault.guard();
  const hash = await getPinHash(ctx.db);
  if (!hash) {
    throw new AccordError(
      'VALIDATION',
      'No PIN is set. Sign with your passphrase, or set a PIN in Settings.',
      {
        fields: { pin: 'No PIN is set.' },
      },
    );
  }
  if (!(await pinMatches(secret.pin, hash))) {
    ctx.vault.refuse({
      action: 'vault.unlock_failed',
      entity: 'vault',
      summary: 'Wrong PIN entered',
      at: ctx.clock.now(),
    });
    throw new AccordError('WRONG_PASSPHRASE', 'That PIN is not right.', {
      fields: { pin: 'That PIN is not right.' },
    });
  }
}
