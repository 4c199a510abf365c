import { z } from 'zod';
import { isoDate } from '../dates.ts';
import {
  adjustmentInput,
  billingSettings,
  endOfDay,
  feeArrangementInput,
  ledger,
  paymentInput,
  refundInput,
  TIMED_CODES,
} from '../domain/billing.ts';
import { id } from '../domain/text.ts';
import type { ChannelMap } from './map.ts';

/** Fees, the ledger and the end of the day. */
export const billingChannels = {
  'billing.ledger': { input: z.strictObject({ clientId: id('client') }), output: ledger },
  'billing.postSession': {
    input: z.strictObject({
      appointmentId: id('session'),
      /** Who is billed; left out: the payer when the client has insurance, else the client. */
      responsible: z.enum(['client', 'payer'], 'Choose who is billed.').optional(),
      /** Charge this time-rule code instead of the booked one (the fee of that service). */
      serviceCode: z.enum(TIMED_CODES, 'Choose 90832, 90834 or 90837.').optional(),
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
  'billing.setFeeArrangement': { input: feeArrangementInput, output: ledger },
  'billing.applyCredit': { input: z.strictObject({ clientId: id('client') }), output: ledger },

  'billing.endOfDay': { input: z.strictObject({ day: isoDate.optional() }), output: endOfDay },
  'billing.postDay': { input: z.strictObject({ day: isoDate }), output: endOfDay },
  'billing.closeDay': { input: z.strictObject({ day: isoDate }), output: endOfDay },
  'billing.saveSettings': { input: billingSettings, output: billingSettings },
} as const satisfies ChannelMap;
