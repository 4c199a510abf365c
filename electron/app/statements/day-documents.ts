import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DayDocumentKind, DayDocuments } from '../../../shared/domain/documents.ts';
import { displayName } from '../../../shared/domain/clients.ts';
import { getClient } from '../clients/clients.ts';
import type { AppContext } from '../context.ts';
import { getPractice } from '../settings/settings.ts';
import { writeFileAtomic } from '../vault/vault-file.ts';
import { dateInZone } from '../../../shared/dates.ts';
import { invoicePdf } from './invoice.ts';
import { billableServices, requireBillingIds, superbillPdf } from './superbill.ts';
import { chargesOnDay, type ChargeRow } from './sources.ts';

export interface DayDocument {
  clientId: number;
  clientName: string;
  kind: 'invoice' | 'superbill';
  fileName: string;
  pdf: Buffer;
}

/**
 * Which document a client gets for the day. A superbill needs a service code to list; in 'auto',
 * a client with insurance on file none of whose charges went to the insurer pays and claims for
 * themselves, so they get a superbill; everyone else an invoice.
 */
function kindFor(
  wanted: DayDocumentKind,
  hasInsurance: boolean,
  charges: readonly ChargeRow[],
): 'invoice' | 'superbill' {
  if (billableServices(charges).length === 0) return 'invoice';
  if (wanted !== 'auto') return wanted;
  return hasInsurance && charges.every((c) => c.responsible === 'client') ? 'superbill' : 'invoice';
}

/** Every document of a day, built in memory first so a failure leaves no half-written folder. */
export async function dayDocumentsFor(
  ctx: AppContext,
  day: string,
  wanted: DayDocumentKind,
): Promise<DayDocument[]> {
  const practice = await getPractice(ctx.db);
  const today = dateInZone(ctx.clock.now(), practice.timeZone);
  const byClient = await chargesOnDay(ctx.db, day);
  const documents: DayDocument[] = [];
  for (const [clientId, charges] of byClient) {
    const client = await getClient(ctx.db, clientId);
    const kind = kindFor(wanted, client.insurance?.kind === 'insurance', charges);
    const subject = { db: ctx.db, practice, client, today };
    if (kind === 'superbill') requireBillingIds(practice, 'superbill');
    const pdf =
      kind === 'superbill'
        ? await superbillPdf(subject, day, day)
        : await invoicePdf(subject, day, day);
    documents.push({
      clientId,
      clientName: displayName(client),
      kind,
      // The client's record number, not their name: the folder may be seen by others.
      fileName: `${kind === 'superbill' ? 'Superbill' : 'Invoice'} ${day} (client ${clientId}).pdf`,
      pdf,
    });
  }
  return documents;
}

export function writeDayDocuments(
  folder: string,
  documents: readonly DayDocument[],
): DayDocuments['files'] {
  mkdirSync(folder, { recursive: true });
  return documents.map((d) => {
    writeFileAtomic(join(folder, d.fileName), d.pdf);
    return { clientId: d.clientId, clientName: d.clientName, kind: d.kind, fileName: d.fileName };
  });
}
