import type { Kysely } from 'kysely';
import type { ClaimSettings } from '../../../shared/domain/claims.ts';
import type { PracticeProfile } from '../../../shared/domain/settings.ts';
import { AccordError } from '../../../shared/errors.ts';
import { chargeModifiers, chargePointers } from '../billing/charge-codes.ts';
import { getClient } from '../clients/clients.ts';
import type { Database } from '../db/schema.ts';
import { getPractice } from '../settings/settings.ts';
import { splitName, type ClaimDocument } from './claim-document.ts';
import { claimCharges, legalName, requireClaim } from './claims.ts';

/** Pointers into the client's diagnoses that still exist; the primary one when none do. */
function pointersOf(json: string, diagnosisCount: number): number[] {
  const valid = chargePointers(json, diagnosisCount);
  return valid.length > 0 ? [...new Set(valid)].slice(0, 4) : [1];
}

/** Everything the 837P and the CMS-1500 print for one claim. */
export async function loadClaimDocument(
  db: Kysely<Database>,
  claimId: number,
  settings: ClaimSettings,
  practice?: PracticeProfile,
): Promise<ClaimDocument> {
  const claim = await requireClaim(db, claimId);
  const charges = await claimCharges(db, claimId);
  const client = await getClient(db, claim.client_id);
  const profile = practice ?? (await getPractice(db));
  const insurance = client.insurance;
  if (insurance?.kind !== 'insurance') {
    throw new AccordError(
      'CONFLICT',
      `${legalName(client)} no longer has insurance on file. Add it on their profile, or mark claim #${claimId} denied.`,
    );
  }
  const diagnoses = client.diagnoses.slice(0, 12).map((d) => d.code);
  const paid = charges.length
    ? await db
        .selectFrom('allocations')
        .innerJoin('payments', 'payments.id', 'allocations.payment_id')
        .select((eb) =>
          eb.fn.coalesce(eb.fn.sum<number>('allocations.amount_cents'), eb.val(0)).as('cents'),
        )
        .where('payments.payer', '=', 'client')
        .where(
          'allocations.charge_id',
          'in',
          charges.map((c) => c.id),
        )
        .executeTakeFirst()
    : undefined;
  const patientAddress = {
    line1: client.address.line1,
    line2: client.address.line2,
    city: client.address.city,
    region: client.address.region,
    postalCode: client.address.postalCode,
  };
  const patientName = {
    last: client.legalLastName,
    first: client.legalFirstName,
    middle: client.legalMiddleName,
  };
  const sub = insurance.subscriber;
  return {
    claimId,
    totalCents: claim.total_cents,
    createdOn: claim.created_at.slice(0, 10),
    provider: {
      practiceName: profile.practiceName,
      name: splitName(profile.counselorName),
      credentials: profile.credentials,
      npi: profile.npi,
      taxId: profile.taxId.replace(/\D/g, ''),
      address: profile.address,
      phone: profile.phone,
    },
    patient: {
      accountNumber: String(client.id),
      name: patientName,
      dateOfBirth: client.dateOfBirth,
      address: patientAddress,
      phone: client.phone,
    },
    subscriber: sub
      ? {
          relationship: sub.relationship,
          name: splitName(sub.name),
          dateOfBirth: sub.dateOfBirth,
          memberId: insurance.memberId,
          groupNumber: insurance.groupNumber,
        }
      : {
          relationship: 'self',
          name: patientName,
          dateOfBirth: client.dateOfBirth,
          memberId: insurance.memberId,
          groupNumber: insurance.groupNumber,
        },
    payer: { name: claim.payer_name, id: claim.payer_id },
    diagnoses,
    lines: charges.map((c) => ({
      serviceDate: c.service_date,
      serviceCode: c.service_code ?? '',
      modifiers: chargeModifiers(c.modifiers),
      placeOfService: c.place_of_service || settings.placeOfService,
      units: c.units,
      amountCents: c.amount_cents,
      pointers: pointersOf(c.diagnosis_pointers, diagnoses.length),
    })),
    paidCents: Number(paid?.cents ?? 0),
  };
}

/** What an 837P cannot go without, in the words of the screens where each is filled in. */
export function exportGaps(
  practice: PracticeProfile,
  settings: ClaimSettings,
): Record<string, string> {
  const gaps: Record<string, string> = {};
  if (!practice.npi) gaps.npi = 'Your NPI (Settings › Practice).';
  if (!practice.taxId) gaps.taxId = 'Your tax ID (Settings › Practice).';
  if (!practice.counselorName) gaps.counselorName = 'Your name (Settings › Practice).';
  if (!practice.address.line1 || !practice.address.city || !practice.address.postalCode) {
    gaps.address = 'The practice address (Settings › Practice).';
  } else if (practice.address.postalCode.replace(/\D/g, '').length !== 9) {
    // The 837P's billing provider address takes the ZIP+4; clearinghouses refuse five digits.
    gaps.postalCode =
      'The practice ZIP code with its last four digits, like 97201-1234 (Settings › Practice).';
  }
  if (!settings.submitterId) gaps.submitterId = 'The submitter ID your clearinghouse gave you.';
  if (!settings.receiverId) gaps.receiverId = 'The clearinghouse’s receiver ID.';
  if (!settings.receiverName) gaps.receiverName = 'The clearinghouse’s name.';
  return gaps;
}
