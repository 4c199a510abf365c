import { z } from 'zod';
import { vaultSchemas, vaultStatus } from './domain/vault.ts';
import { practiceProfile, securitySettings, settings } from './domain/settings.ts';
import { auditListInput, auditPage, auditVerification } from './domain/audit.ts';
import {
  client,
  clientCreateInput,
  clientList,
  clientListInput,
  clientUpdateInput,
  signature as signatureSchema,
  consentInput,
  consentRevokeInput,
  diagnosesInput,
  dischargeInput,
  insurance,
  reactivateInput,
  CLIENT_STATUSES,
} from './domain/clients.ts';
import { importInput, importPreview } from './domain/client-import.ts';
import {
  appointment,
  appointmentCreateInput,
  appointmentStatusInput,
  appointmentUpdateInput,
  feeWaiveInput,
  icsExportInput,
  rangeInput,
  savedFile,
  scheduleRange,
  scheduleSettings,
  timeOff,
  timeOffInput,
  today,
  todayInput,
} from './domain/scheduling.ts';
import { service, serviceSaveInput } from './domain/services.ts';
import {
  clientDecisionInput,
  clientViewExitInput,
  clientViewState,
  clientWordsInput,
  measure,
  measureRecordInput,
  measuresOutput,
  planDiffOutput,
  planExportInput,
  planReviewInput,
  planSignInput,
  planState,
  rateInput,
  resource,
  resourceSaveInput,
  resourceShare,
  resourceShareInput,
} from './domain/care.ts';
import { planSaveInput, planVersion } from './domain/plans.ts';
import { measureInput } from './measures.ts';
import { clientViewPin, planSettings } from './domain/settings.ts';
import { backupName, backupState } from './domain/backup.ts';
import { billingChannels } from './channels/billing.ts';
import type { ChannelMap } from './channels/map.ts';
import { claimsChannels } from './channels/claims.ts';
import { documentsChannels } from './channels/documents.ts';
import { reportsChannels } from './channels/reports.ts';
import { sampleChannels } from './channels/sample.ts';
import {
  addendumInput,
  note,
  noteCreateInput,
  noteListInput,
  noteSaveInput,
  noteSettings,
  noteSignInput,
  noteSummary,
} from './domain/notes.ts';
import { id } from './domain/text.ts';

/**
 * The one IPC contract. Main validates every input with these schemas, the renderer's forms use
 * the same ones, and the typed client and the handler map are derived from this object, so there
 * is nothing to keep in sync. Channels are named `domain.verb`; only `vault.*` channels answer
 * while the vault is locked.
 */
const empty = z.strictObject({});
const appointments = z.strictObject({ appointments: z.array(appointment) });

export const contract = {
  'vault.status': { input: empty, output: vaultStatus },
  'vault.setup': { input: vaultSchemas.setupInput, output: vaultSchemas.setupOutput },
  'vault.unlock': { input: vaultSchemas.unlockInput, output: empty },
  'vault.lock': { input: empty, output: empty },
  'vault.changePassphrase': { input: vaultSchemas.changeInput, output: empty },
  'vault.recover': { input: vaultSchemas.recoverInput, output: empty },

  'settings.get': { input: empty, output: settings },
  'settings.savePractice': { input: practiceProfile, output: practiceProfile },
  'settings.saveSecurity': { input: securitySettings, output: securitySettings },
  'settings.saveSchedule': { input: scheduleSettings, output: scheduleSettings },
  'settings.saveNotes': { input: noteSettings, output: noteSettings },
  'settings.savePlans': { input: planSettings, output: planSettings },
  'settings.setClientViewPin': {
    input: z.strictObject({ pin: clientViewPin.nullable() }),
    output: empty,
  },

  'audit.list': { input: auditListInput, output: auditPage },
  'audit.verify': { input: empty, output: auditVerification },

  'clients.list': { input: clientListInput, output: clientList },
  'clients.get': { input: z.strictObject({ id: id('client') }), output: client },
  'clients.create': { input: clientCreateInput, output: client },
  'clients.update': { input: clientUpdateInput, output: client },
  'clients.discharge': { input: dischargeInput, output: client },
  'clients.reactivate': { input: reactivateInput, output: client },
  'clients.saveInsurance': {
    input: z.strictObject({ clientId: id('client'), insurance }),
    output: client,
  },
  'clients.setDiagnoses': { input: diagnosesInput, output: client },
  'clients.importPreview': { input: importInput, output: importPreview },
  'clients.importCommit': {
    input: importInput,
    output: z.strictObject({ created: z.number().int() }),
  },
  'clients.exportCsv': {
    input: z.strictObject({ status: z.enum([...CLIENT_STATUSES, 'all']).default('all') }),
    output: savedFile,
  },
  'consents.record': { input: consentInput, output: client },
  'consents.revoke': { input: consentRevokeInput, output: client },
  'diagnoses.search': {
    input: z.strictObject({ query: z.string().max(100, 'Type a shorter search.') }),
    output: z.strictObject({
      results: z.array(z.strictObject({ code: z.string(), title: z.string() })),
    }),
  },

  'services.list': {
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    output: z.strictObject({ services: z.array(service) }),
  },
  'services.save': { input: serviceSaveInput, output: service },

  'schedule.range': { input: rangeInput, output: scheduleRange },
  'schedule.forClient': {
    input: z.strictObject({ clientId: id('client') }),
    output: z.strictObject({ upcoming: z.array(appointment), past: z.array(appointment) }),
  },
  'schedule.create': { input: appointmentCreateInput, output: appointments },
  'schedule.update': { input: appointmentUpdateInput, output: appointments },
  'schedule.setStatus': { input: appointmentStatusInput, output: appointments },
  'schedule.exportIcs': { input: icsExportInput, output: savedFile },
  'timeOff.create': { input: timeOffInput, output: timeOff },
  'timeOff.delete': { input: z.strictObject({ id: id('time off') }), output: empty },
  'fees.waive': { input: feeWaiveInput, output: appointments },
  'today.get': { input: todayInput, output: today },

  'plans.get': { input: z.strictObject({ clientId: id('client') }), output: planState },
  'plans.version': { input: z.strictObject({ id: id('plan version') }), output: planVersion },
  'plans.save': { input: planSaveInput, output: planVersion },
  'plans.sign': { input: planSignInput, output: planVersion },
  'plans.diff': {
    input: z.strictObject({ fromVersionId: id('plan version'), toVersionId: id('plan version') }),
    output: planDiffOutput,
  },
  'plans.review': { input: planReviewInput, output: planState },
  'plans.rate': { input: rateInput, output: planState },
  'plans.exportPdf': { input: planExportInput, output: savedFile },
  'plans.dueReviews': {
    input: empty,
    output: z.strictObject({
      reviews: z.array(
        z.strictObject({
          clientId: z.number().int(),
          clientName: z.string(),
          reviewDate: z.string(),
          overdue: z.boolean(),
        }),
      ),
    }),
  },

  'measures.record': {
    input: measureRecordInput,
    output: z.strictObject({ measures: z.array(measure) }),
  },
  'measures.list': { input: z.strictObject({ clientId: id('client') }), output: measuresOutput },

  'resources.list': {
    input: z.strictObject({
      query: z.string().max(200, 'Type a shorter search.').default(''),
      tag: z.string().max(40).nullable().default(null),
    }),
    output: z.strictObject({ resources: z.array(resource) }),
  },
  'resources.get': { input: z.strictObject({ id: id('resource') }), output: resource },
  'resources.save': { input: resourceSaveInput, output: resource },
  'resources.share': {
    input: resourceShareInput,
    output: z.strictObject({ shares: z.array(resourceShare) }),
  },
  'resources.shares': {
    input: z.strictObject({ clientId: id('client') }),
    output: z.strictObject({ shares: z.array(resourceShare) }),
  },
  'resources.exportPdf': {
    input: z.strictObject({ resourceId: id('resource'), clientId: id('client').nullable() }),
    output: savedFile,
  },

  'notes.forSession': {
    input: z.strictObject({ appointmentId: id('session') }),
    output: z.strictObject({ note: note.nullable() }),
  },
  'notes.create': { input: noteCreateInput, output: note },
  'notes.get': { input: z.strictObject({ id: id('note') }), output: note },
  'notes.save': { input: noteSaveInput, output: note },
  'notes.sign': { input: noteSignInput, output: note },
  'notes.addendum': { input: addendumInput, output: note },
  'notes.list': { input: noteListInput, output: z.strictObject({ notes: z.array(noteSummary) }) },
  'notes.unsigned': { input: empty, output: z.strictObject({ notes: z.array(noteSummary) }) },
  'notes.exportPdf': {
    input: z
      .strictObject({ noteId: id('note').nullable(), clientId: id('client').nullable() })
      .refine((v) => (v.noteId === null) !== (v.clientId === null), {
        message: 'Export one note, or all notes of one client.',
        path: ['noteId'],
      }),
    output: savedFile,
  },

  'backup.state': { input: empty, output: backupState },
  'backup.chooseFolder': { input: empty, output: backupState },
  'backup.setDaily': { input: z.strictObject({ daily: z.boolean() }), output: backupState },
  'backup.now': { input: empty, output: backupState },
  'backup.restore': { input: z.strictObject({ name: backupName }), output: backupState },

  'data.exportAll': {
    input: empty,
    output: z.strictObject({
      saved: z.boolean(),
      folder: z.string().nullable(),
      counts: z.record(z.string(), z.number().int()),
    }),
  },
  'data.importAll': {
    input: empty,
    output: z.strictObject({
      imported: z.boolean(),
      counts: z.record(z.string(), z.number().int()),
    }),
  },

  ...billingChannels,
  ...claimsChannels,
  ...documentsChannels,
  ...reportsChannels,
  ...sampleChannels,

  'clientView.enter': {
    input: z.strictObject({ clientId: id('client') }),
    output: clientViewState,
  },
  'clientView.get': { input: empty, output: clientViewState },
  'clientView.saveWords': { input: clientWordsInput, output: clientViewState },
  'clientView.decide': { input: clientDecisionInput, output: clientViewState },
  'clientView.rate': {
    input: z.strictObject({
      objectiveId: z.string().max(40),
      rating: z.number().int().min(0).max(10),
    }),
    output: clientViewState,
  },
  'clientView.measure': {
    input: z.strictObject({ form: measureInput }),
    output: z.strictObject({ saved: z.boolean(), complete: z.boolean() }),
  },
  'clientView.sign': {
    input: z.strictObject({ signature: signatureSchema }),
    output: clientViewState,
  },
  'clientView.exit': { input: clientViewExitInput, output: empty },
  'clientView.status': {
    input: empty,
    output: z.strictObject({ clientId: z.number().int().nullable() }),
  },
} as const satisfies ChannelMap;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Channels that answer while the vault is locked. */
export function isOpenWhileLocked(channel: Channel): boolean {
  return channel.startsWith('vault.');
}

/**
 * Channels that answer while Client view is open: that client's view, and locking. Everything
 * else (other clients, settings, the schedule) is closed until the counselor leaves it.
 */
export function isOpenInClientView(channel: Channel): boolean {
  return (
    (channel.startsWith('clientView.') && channel !== 'clientView.enter') ||
    channel === 'vault.status' ||
    channel === 'vault.lock'
  );
}

/** The name of the single Electron IPC channel that carries every contract call. */
export const IPC_CHANNEL = 'accord:invoke';
