import { z } from 'zod';
import { line as text } from './text.ts';

/** A postal address, for the practice and for clients. */
export const address = z.strictObject({
  line1: text(200, 'Street address'),
  line2: text(200, 'Address line 2'),
  city: text(100, 'City'),
  region: text(100, 'State or region'),
  postalCode: text(20, 'Postal code'),
});
export type Address = z.infer<typeof address>;
