import { addDays } from '../../../shared/dates.ts';
import { findIcd10 } from '../clients/icd10.ts';
import type { Engagement } from './timeline.ts';
import type { Random } from './random.ts';
import type { SampleWorld } from './world.ts';
import {
  DISCHARGE_REASONS,
  FIRST_NAMES,
  MIDDLE_NAMES,
  PAYERS,
  PRONOUNS,
  REFERRALS,
  RELATIONSHIPS,
  STREETS,
  SURNAMES,
  THEME_CODES,
  THEMES,
  TOWNS,
  type Theme,
} from './words.ts';

/** What the rest of a client's records need to know about them. */
export type ClientFacts = ReturnType<typeof writeClient>;

/**
 * A client as the clients channels would write them: the record and its search row, insurance
 * (about 40%) or self-pay, diagnoses from the app's ICD-10-CM list, a signed treatment consent,
 * and for some self-pay clients a sliding-scale fee.
 */
export function writeClient(w: SampleWorld, r: Random, e: Engagement) {
  const clientId = w.ids.take('clients');
  const first = r.pick(FIRST_NAMES);
  const last = SURNAMES[(e.client * 7919) % SURNAMES.length] as string;
  const fullName = `${first} ${last}`;
  const themes: Theme[] = r.sample(THEMES, r.chance(0.35) ? 2 : 1);
  const primary = themes[0] as Theme;
  const intake = e.dates[0] ?? addDays(w.today, -r.int(1, 40));
  const joined = addDays(intake, -r.int(3, 14));
  const lastDate = e.dates.at(-1);
  const discharged = !e.ongoing && lastDate !== undefined && addDays(lastDate, 21) < w.today;
  const status = e.dates.length === 0 ? 'waitlist' : discharged ? 'discharged' : 'active';
  const dischargedOn = discharged ? addDays(lastDate as string, r.int(7, 21)) : null;
  const phone = `(${r.pick(['217', '312', '630', '773'])}) 555-01${String(r.int(0, 99)).padStart(2, '0')}`;
  const email = `${first}.${last}${e.client}@example.com`.toLowerCase();
  const row = {
    id: clientId,
    legal_first_name: first,
    legal_middle_name: r.pick(MIDDLE_NAMES),
    legal_last_name: last,
    preferred_name: r.chance(0.15) ? r.pick(FIRST_NAMES) : '',
    pronouns: r.weighted(PRONOUNS),
    date_of_birth: addDays(intake, -r.int(19 * 365, 70 * 365)),
    phone,
    email,
    address_line1: `${r.int(2, 980)} ${r.pick(STREETS)}`,
    address_line2: r.chance(0.2) ? `Apt ${r.int(1, 40)}` : '',
    address_city: r.pick(TOWNS),
    address_region: 'IL',
    address_postal_code: `6${String(r.int(0, 9999)).padStart(4, '0')}`,
    preferred_channel: r.weighted([
      ['text', 45],
      ['phone', 30],
      ['email', 20],
      ['none', 5],
    ] as const),
    voicemail_ok: Number(r.chance(0.7)),
    text_ok: Number(r.chance(0.6)),
    email_ok: Number(r.chance(0.8)),
    emergency_name: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`,
    emergency_relationship: r.pick(RELATIONSHIPS),
    emergency_phone: `(312) 555-01${String(r.int(0, 99)).padStart(2, '0')}`,
    referral_source: r.pick(REFERRALS),
    counselor_notes: r.chance(0.2) ? 'Prefers reminders the day before. (Sample client.)' : '',
    status,
    discharged_on: dischargedOn,
    discharge_reason: discharged ? r.pick(DISCHARGE_REASONS) : null,
    created_at: w.iso(joined, '09:00'),
    updated_at: w.iso(dischargedOn ?? joined, '09:00'),
  } as const;
  w.sink.add('clients', row);
  const names = [
    row.legal_first_name,
    row.legal_middle_name,
    row.legal_last_name,
    row.preferred_name,
  ].join(' ');
  w.sink.addSearch('clients_search', [
    clientId,
    names,
    [phone, phone.replace(/\D/g, ''), email].join(' '),
  ]);
  w.record(row.created_at, 'client.created', 'client', clientId, clientId, 'Client added');

  // Insurance for about 40%, with a copay and sometimes coinsurance.
  const insured = e.dates.length > 0 && r.chance(0.4);
  const payer = r.pick(PAYERS);
  const copay = r.pick([20_00, 25_00, 30_00, 40_00]);
  const coinsurance = r.chance(0.2) ? 2000 : 0;
  w.sink.add('client_insurance', {
    client_id: clientId,
    kind: insured ? 'insurance' : 'self_pay',
    payer_name: insured ? payer.name : '',
    payer_id: insured ? payer.id : '',
    member_id: insured ? `SMP${String(r.int(100000, 999999))}` : '',
    group_number: insured ? `G${r.int(1000, 9999)}` : '',
    subscriber_relationship: null,
    subscriber_name: null,
    subscriber_date_of_birth: null,
    copay_cents: insured ? copay : 0,
    coinsurance_bp: insured ? coinsurance : 0,
    updated_at: row.created_at,
  });
  if (insured)
    w.record(
      row.created_at,
      'client.insurance_updated',
      'client',
      clientId,
      clientId,
      'Insurance changed',
    );

  const codes = [
    ...new Set(themes.flatMap((t) => r.sample(THEME_CODES[t.key], t === primary ? 2 : 1))),
  ].slice(0, 3);
  codes.forEach((code, i) => {
    w.sink.add('client_diagnoses', {
      client_id: clientId,
      rank: i + 1,
      code,
      title: findIcd10(code)?.title ?? code,
      diagnosed_on: intake,
    });
  });
  const diagnoses = JSON.stringify(
    codes.map((code) => ({ code, title: findIcd10(code)?.title ?? code })),
  );
  const pointers = JSON.stringify(codes.slice(0, 4).map((_, i) => i + 1));
  if (e.dates.length > 0) {
    w.record(
      w.iso(intake, '08:00'),
      'client.diagnoses_updated',
      'client',
      clientId,
      clientId,
      'Diagnoses changed',
    );
    w.sink.add('consents', {
      client_id: clientId,
      kind: 'treatment',
      text: 'I agree to counseling with Willow Creek Counseling and have read its privacy and fee policies. (Sample consent text.)',
      signed_on: intake,
      signature_kind: 'typed',
      signature_name: fullName,
      signature_image: null,
      release_to: null,
      release_what: null,
      release_until: null,
      revoked_on: null,
      revoked_reason: null,
      created_at: w.iso(intake, '07:55'),
    });
    w.record(w.iso(intake, '07:56'), 'consent.signed', 'consent', null, clientId, 'Consent signed');
  }

  // A sliding-scale fee for some self-pay clients, with its reason.
  const sliding =
    !insured && e.dates.length > 0 && r.chance(0.15) ? r.pick([2000, 3000, 4000, 5000]) : null;
  if (sliding !== null) {
    w.sink.add('fee_arrangements', {
      client_id: clientId,
      kind: 'sliding',
      rate_cents: null,
      discount_bp: sliding,
      reason: 'Income-based sliding scale (sample)',
      effective_from: intake,
      created_at: w.iso(intake, '07:50'),
    });
    w.record(
      w.iso(intake, '07:51'),
      'fee.arrangement_set',
      'client',
      clientId,
      clientId,
      'Client fee arrangement set',
    );
  }
  const arrangement =
    sliding === null
      ? null
      : {
          kind: 'sliding' as const,
          rateCents: null,
          discountBp: sliding,
          reason: 'Income-based sliding scale (sample)',
        };

  return {
    clientId,
    fullName,
    themes,
    primary,
    status,
    discharged,
    dischargedOn,
    insured,
    payer,
    copay,
    coinsurance,
    diagnoses,
    pointers,
    arrangement,
  };
}
