import type { Generated } from 'kysely';

/**
 * Kysely's view of the tables. Each domain folder owns its tables and their queries; another
 * domain reads them through that folder's functions.
 */
export interface Database {
  meta: { key: string; value: string };
  settings: { key: string; value: string; updated_at: string };
  audit_events: {
    id: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    client_id: number | null;
    summary: string;
    prev_hash: string;
    hash: string;
  };
  clients: {
    id: Generated<number>;
    legal_first_name: string;
    legal_middle_name: string;
    legal_last_name: string;
    preferred_name: string;
    pronouns: string;
    date_of_birth: string | null;
    phone: string;
    email: string;
    address_line1: string;
    address_line2: string;
    address_city: string;
    address_region: string;
    address_postal_code: string;
    preferred_channel: 'phone' | 'text' | 'email' | 'none';
    voicemail_ok: number;
    text_ok: number;
    email_ok: number;
    emergency_name: string;
    emergency_relationship: string;
    emergency_phone: string;
    referral_source: string;
    counselor_notes: string;
    status: 'active' | 'waitlist' | 'discharged';
    discharged_on: string | null;
    discharge_reason: string | null;
    created_at: string;
    updated_at: string;
  };
  clients_search: { rowid: number; names: string; contact: string };
  client_insurance: {
    client_id: number;
    kind: 'self_pay' | 'insurance';
    payer_name: string;
    payer_id: string;
    member_id: string;
    group_number: string;
    subscriber_relationship: 'spouse' | 'child' | 'other' | null;
    subscriber_name: string | null;
    subscriber_date_of_birth: string | null;
    copay_cents: number;
    coinsurance_bp: Generated<number>;
    updated_at: string;
  };
  client_diagnoses: {
    id: Generated<number>;
    client_id: number;
    rank: number;
    code: string;
    title: string;
    diagnosed_on: string;
  };
  consents: {
    id: Generated<number>;
    client_id: number;
    kind: 'treatment' | 'telehealth' | 'release';
    text: string;
    signed_on: string;
    signature_kind: 'typed' | 'drawn';
    signature_name: string;
    signature_image: string | null;
    release_to: string | null;
    release_what: string | null;
    release_until: string | null;
    revoked_on: string | null;
    revoked_reason: string | null;
    created_at: string;
  };
  services: {
    id: Generated<number>;
    code: string;
    label: string;
    default_minutes: number;
    fee_cents: number;
    place_of_service: string;
    modifiers: string;
    is_add_on: number;
    active: number;
    updated_at: string;
  };
  appointment_series: {
    id: Generated<number>;
    client_id: number;
    rrule: string;
    created_at: string;
  };
  appointments: {
    id: Generated<number>;
    client_id: number;
    service_id: number;
    start_at: string;
    end_at: string;
    local_date: string;
    local_time: string;
    duration_min: number;
    location: 'office' | 'telehealth';
    place_of_service: string;
    modifiers: string;
    status:
      | 'scheduled'
      | 'attended'
      | 'no_show'
      | 'late_cancel'
      | 'cancelled_client'
      | 'cancelled_counselor';
    memo: string;
    series_id: number | null;
    occurrence_date: string | null;
    is_exception: number;
    created_at: string;
    updated_at: string;
  };
  time_off: {
    id: Generated<number>;
    start_at: string;
    end_at: string;
    label: string;
    created_at: string;
  };
  policy_fees: {
    id: Generated<number>;
    appointment_id: number;
    client_id: number;
    kind: 'late_cancel' | 'no_show';
    amount_cents: number;
    status: 'pending' | 'waived' | 'billed';
    waive_reason: string | null;
    created_at: string;
    resolved_at: string | null;
  };
  plans: { id: Generated<number>; client_id: number; created_at: string };
  plan_versions: {
    id: Generated<number>;
    plan_id: number;
    version: number;
    status: 'draft' | 'signed';
    content: string;
    client_signature: string | null;
    counselor_signature: string | null;
    created_at: string;
    updated_at: string;
    signed_at: string | null;
  };
  plan_reviews: {
    id: Generated<number>;
    plan_id: number;
    version_id: number;
    reviewed_on: string;
    summary: string;
    next_review_on: string;
    created_at: string;
  };
  objective_ratings: {
    id: Generated<number>;
    client_id: number;
    objective_id: string;
    rated_on: string;
    rater: 'client' | 'counselor';
    rating: number;
    review_id: number | null;
    created_at: string;
  };
  measures: {
    id: Generated<number>;
    client_id: number;
    kind: 'phq9' | 'gad7';
    given_on: string;
    appointment_id: number | null;
    answers: string;
    difficulty: number | null;
    complete: number;
    total: number | null;
    severity: string | null;
    safety_flag: number;
    entered_by: 'client' | 'counselor';
    created_at: string;
  };
  resources: {
    id: Generated<number>;
    starter_key: string | null;
    title: string;
    body: string;
    benefits: string;
    drawbacks: string;
    asks: string;
    tags: string;
    attachment: Buffer | null;
    attachment_name: string | null;
    created_at: string;
    updated_at: string;
  };
  resource_shares: {
    id: Generated<number>;
    resource_id: number;
    client_id: number;
    shared_on: string;
    method: 'client_view' | 'pdf' | 'discussed';
    created_at: string;
  };
  notes: {
    id: Generated<number>;
    client_id: number;
    appointment_id: number;
    template: 'soap' | 'dap' | 'birp' | 'free';
    fields: string;
    objectives: string;
    risk: string | null;
    status: 'draft' | 'signed';
    service_date: string;
    start_at: string;
    duration_min: number;
    service_code: string;
    service_label: string;
    place_of_service: string;
    diagnoses: string;
    signed_at: string | null;
    signed_by: string | null;
    created_at: string;
    updated_at: string;
  };
  note_addenda: {
    id: Generated<number>;
    note_id: number;
    text: string;
    signed_at: string;
    signed_by: string;
  };
  notes_search: { rowid: number; body: string };
  charges: {
    id: Generated<number>;
    client_id: number;
    appointment_id: number | null;
    policy_fee_id: number | null;
    service_date: string;
    description: string;
    service_code: string | null;
    modifiers: string;
    place_of_service: string | null;
    units: number;
    amount_cents: number;
    responsible: 'client' | 'payer';
    created_at: string;
    payer_share_cents: Generated<number>;
    /** JSON array of 1-based positions in the client's diagnosis list. */
    diagnosis_pointers: Generated<string>;
    /** How the amount was set, in words (a sliding scale, the client's own rate). */
    fee_basis: Generated<string>;
  };
  payments: {
    id: Generated<number>;
    client_id: number;
    received_on: string;
    method: 'cash' | 'check' | 'card' | 'transfer';
    reference: string;
    payer: 'client' | 'payer';
    amount_cents: number;
    created_at: string;
  };
  allocations: {
    id: Generated<number>;
    payment_id: number;
    charge_id: number;
    amount_cents: number;
    created_at: string;
  };
  adjustments: {
    id: Generated<number>;
    client_id: number;
    charge_id: number | null;
    kind: 'write_off' | 'adjustment';
    amount_cents: number;
    reason: string;
    adjusted_on: string;
    created_at: string;
  };
  /** Derived (0009): charges whose money covers their amount, and the day it did. */
  charge_settlements: { charge_id: number; settled_on: string };
  /** Derived (0009, kept by triggers): charges with no settlement yet. */
  open_charges: { charge_id: number };
  refunds: {
    id: Generated<number>;
    client_id: number;
    amount_cents: number;
    method: 'cash' | 'check' | 'card' | 'transfer';
    reference: string;
    refunded_on: string;
    created_at: string;
  };
  day_sheets: { day: string; totals: string; closed_at: string };
  fee_arrangements: {
    id: Generated<number>;
    client_id: number;
    kind: 'standard' | 'rate' | 'sliding';
    rate_cents: number | null;
    discount_bp: number | null;
    reason: string;
    effective_from: string;
    created_at: string;
  };
  claims: {
    id: Generated<number>;
    client_id: number;
    payer_name: string;
    payer_id: string;
    status: 'ready' | 'exported' | 'paid' | 'denied';
    total_cents: number;
    control_number: number | null;
    status_note: Generated<string>;
    created_at: string;
    exported_at: string | null;
    status_changed_at: string;
  };
  claim_charges: { claim_id: number; charge_id: number; line_number: number };
  good_faith_estimates: {
    id: Generated<number>;
    client_id: number;
    issued_on: string;
    /** JSON: the estimate as given (services, codes, provider, disclaimers). */
    content: string;
    total_cents: number;
    created_at: string;
  };
}

export type AuditRow = Database['audit_events'];
