import { AccordError } from '../../../shared/errors.ts';
import type { DomainHandlers } from '../context.ts';
import { isSampleVault } from './demo.ts';

export const sampleHandlers: DomainHandlers<'sample'> = {
  'sample.status': async (_input, ctx) => ({ sample: await isSampleVault(ctx.db) }),

  // The Electron shell answers this channel itself (it restarts on the demo folder); a core
  // without a shell around it has no other folder to open.
  'sample.openDemo': async () => {
    throw new AccordError(
      'FORBIDDEN',
      'The sample practice opens from the Accord app itself. Start it with: npm start -- --demo',
    );
  },
};
