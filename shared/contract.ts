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
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

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

/** The name of the single Electron IPC channel that carries every contract call. */
export const IPC_CHANNEL = 'accord:invoke';
