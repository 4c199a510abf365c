import { z } from 'zod';
import {
  claim,
  claimCandidates,
  claimCreateInput,
  claimExportInput,
  claimList,
  claimListInput,
  claimPaymentInput,
  claimPaymentOutput,
  claimSettings,
  claimStatusInput,
} from '../domain/claims.ts';
import { savedFile } from '../domain/scheduling.ts';
import { id } from '../domain/text.ts';
import type { ChannelMap } from './map.ts';

/** Insurance claims: the CMS-1500 and 837P, and where each claim stands. */
export const claimsChannels = {
  'claims.settings': { input: z.strictObject({}), output: claimSettings },
  'claims.saveSettings': { input: claimSettings, output: claimSettings },
  'claims.candidates': { input: z.strictObject({}), output: claimCandidates },
  'claims.create': {
    input: claimCreateInput,
    output: z.strictObject({ claims: z.array(claim) }),
  },
  'claims.list': { input: claimListInput, output: claimList },
  'claims.setStatus': { input: claimStatusInput, output: claim },
  'claims.postPayment': { input: claimPaymentInput, output: claimPaymentOutput },
  'claims.exportX12': { input: claimExportInput, output: savedFile },
  'claims.cms1500Pdf': { input: z.strictObject({ claimId: id('claim') }), output: savedFile },
} as const satisfies ChannelMap;
