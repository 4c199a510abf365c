import { z } from 'zod';
import { isoDate } from '../dates.ts';
import {
  adjustmentInput,
  billingSettings,
  endOfDay,
  ledger,
  paymentInput,
  refundInput,
} from '../domain/billing.ts';
import { id } from '../domain/text.ts';
import type { ChannelMap } from './map.ts';

/** Fees, the ledger and the end of the day. */
export const billingChannels = {
  'billing.ledger': { input: z.strictObject({ clientId: id('client') }), output: ledger },
  'billing.postSession': {
    input: z.strictObject({
      appointmentId: id('session'),
      responsible: z.enum(['client', 'payer']).default('client'),
    }),
    output: ledger,
  },
  'billing.postFee': { input: z.strictObject({ feeId: id('fee') }), output: ledger },
  'billing.recordPayment': {
    input: paymentInput,
    output: ledger.extend({ note: z.string().nullable() }),
  },
  'billing.adjust': { input: adjustmentInput, output: ledger },
  'billing.refund': { input: refundInput, output: ledger },
  'billing.applyCredit': { input: z.strictObject({ clientId: id('client') }), output: ledger },

  'billing.endOfDay': { input: z.strictObject({ day: isoDate.optional() }), output: endOfDay },
  'billing.postDay': { input: z.strictObject({ day: isoDate }), output: endOfDay },
  'billing.closeDay': { input: z.strictObject({ day: isoDate }), output: endOfDay },
  'billing.saveSettings': { input: billingSettings, output: billingSettings },
} as const satisfies ChannelMap;
