import { z } from 'zod';
import { isoDate } from '../dates.ts';

/** Every action the audit trail records, with the words the audit log shows for it. */
export const AUDIT_ACTIONS = {
  'vault.setup': 'Vault created',
  'vault.unlock': 'Unlocked',
  'vault.unlock_failed': 'Unlock failed (wrong passphrase)',
  'vault.lock': 'Locked',
  'vault.passphrase_changed': 'Passphrase changed',
  'vault.recovered': 'Access recovered with the recovery key',
  'settings.practice_updated': 'Practice profile changed',
  'settings.security_updated': 'Security settings changed',
  'audit.verified': 'Audit trail verified',
  'client.created': 'Client added',
  'client.viewed': 'Client record viewed',
  'client.updated': 'Client details changed',
  'client.discharged': 'Client discharged',
  'client.reactivated': 'Client re-activated',
  'client.insurance_updated': 'Insurance changed',
  'client.diagnoses_updated': 'Diagnoses changed',
  'consent.signed': 'Consent signed',
  'consent.revoked': 'Consent revoked',
  'clients.imported': 'Clients imported from CSV',
  'clients.exported': 'Clients exported to CSV',
  'service.saved': 'Service saved',
  'appointment.created': 'Session booked',
  'appointment.updated': 'Session changed',
  'appointment.status_changed': 'Session status changed',
  'fee.waived': 'Fee waived',
  'time_off.created': 'Time off added',
  'time_off.deleted': 'Time off removed',
  'schedule.exported': 'Calendar exported',
  'settings.schedule_updated': 'Scheduling settings changed',
  'settings.plans_updated': 'Plan settings changed',
  'settings.notes_updated': 'Note settings changed',
  'settings.backup_updated': 'Backup settings changed',
  'backup.made': 'Backup written',
  'backup.failed': 'Backup failed',
  'backup.restored': 'Restored from a backup',
  'data.exported': 'Everything exported',
  'data.imported': 'Export imported',
  'charge.posted': 'Charge posted',
  'fee.arrangement_set': 'Client fee arrangement set',
  'payment.recorded': 'Payment recorded',
  'adjustment.recorded': 'Adjustment or write-off recorded',
  'refund.recorded': 'Refund recorded',
  'credit.applied': 'Credit applied',
  'day.closed': 'Day closed',
  'settings.billing_updated': 'Billing settings changed',
  'document.exported': 'Invoice, statement or superbill exported',
  'estimate.created': 'Good Faith Estimate given',
  'estimate.exported': 'Good Faith Estimate exported',
  'report.exported': 'Report exported to CSV',
  'settings.claims_updated': 'Claim settings changed',
  'claim.created': 'Insurance claim created',
  'claim.status_changed': 'Claim status changed',
  'claim.exported': 'Claims exported (837P file)',
  'claim.form_saved': 'CMS-1500 claim form saved',
  'claim.payment_posted': 'Insurer payment posted to a claim',
  'note.created': 'Note started',
  'note.viewed': 'Note viewed',
  'note.saved': 'Note draft saved',
  'note.signed': 'Note signed',
  'note.addendum': 'Addendum signed',
  'note.exported': 'Notes exported',
  'settings.pin_changed': 'Client view PIN changed',
  'plan.viewed': 'Plan viewed',
  'plan.saved': 'Plan changed',
  'plan.signed': 'Plan signed',
  'plan.compared': 'Plan versions compared',
  'plan.reviewed': 'Plan reviewed',
  'plan.exported': 'Plan exported',
  'objective.rated': 'Progress rated',
  'measure.recorded': 'Measure recorded',
  'measures.viewed': 'Measures viewed',
  'resource.saved': 'Resource saved',
  'resource.shared': 'Resource shared',
  'resource.exported': 'Resource exported',
  'clientview.entered': 'Client view opened',
  'clientview.exited': 'Client view closed',
  'clientview.exit_failed': 'Client view: wrong passphrase or PIN',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
const actionNames = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

export const auditEvent = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  clientId: z.number().int().nullable(),
  summary: z.string(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditListInput = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    action: z.enum(actionNames, 'Choose an action from the list.').optional(),
    page: z.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'The start date must be on or before the end date.',
    path: ['to'],
  });

export const auditPage = z.strictObject({
  events: z.array(auditEvent),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPage>;

export const auditVerification = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int(),
  /** Id of the first event whose link does not hold, or null when the chain is whole. */
  brokenAt: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;
