import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited } from '../audit/audit.ts';
import type { DomainHandlers } from '../context.ts';
import { savePdf } from '../documents/save-pdf.ts';
import { saveFile } from '../files.ts';
import { getPractice, putSetting } from '../settings/settings.ts';
import { candidates, getClaim, listClaims, requireClaim, toClaims } from './claims.ts';
import { cms1500Pdf } from './cms1500.ts';
import { createClaims } from './create.ts';
import { exportGaps, loadClaimDocument } from './load-document.ts';
import { getClaimSettings } from './settings.ts';
import { postClaimPayment, setClaimStatus } from './status.ts';
import { build837p } from './x837p.ts';

export const claimsHandlers: DomainHandlers<'claims'> = {
  'claims.settings': async (_input, ctx) => getClaimSettings(ctx.db),

  'claims.saveSettings': async (input, ctx) => {
    await audited(ctx, (trx) => putSetting(trx, 'claims', input, ctx.clock.now()), {
      action: 'settings.claims_updated',
      entity: 'settings',
      entityId: 'claims',
      summary: 'Claim settings changed',
    });
    return getClaimSettings(ctx.db);
  },

  'claims.candidates': async (_input, ctx) => candidates(ctx.db),

  'claims.create': async ({ chargeIds }, ctx) => {
    const ids = await createClaims(ctx, chargeIds);
    const rows = await ctx.db
      .selectFrom('claims')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    return { claims: await toClaims(ctx.db, rows) };
  },

  'claims.list': async ({ status }, ctx) => listClaims(ctx.db, status),

  'claims.setStatus': async (input, ctx) => {
    await setClaimStatus(ctx, input);
    return getClaim(ctx.db, input.id);
  },

  'claims.postPayment': async (input, ctx) => {
    const { otherChargesCents, creditCents } = await postClaimPayment(ctx, input);
    const claim = await getClaim(ctx.db, input.claimId);
    const currency = (await getPractice(ctx.db)).currency;
    const money = (cents: number) => formatMoney(cents, currency);
    const parts = [
      claim.payerDueCents > 0
        ? `${money(claim.payerDueCents)} is still expected from the insurer on these services.`
        : '',
      claim.clientDueCents > 0
        ? `The client owes ${money(claim.clientDueCents)} on these services.`
        : '',
      otherChargesCents > 0
        ? `${money(otherChargesCents)} more than the insurer was expected to pay went to what it owes on the client’s other services.`
        : '',
      creditCents > 0 ? `${money(creditCents)} is kept as credit for this client.` : '',
    ].filter(Boolean);
    return { claim, note: parts.length > 0 ? parts.join(' ') : null };
  },

  'claims.exportX12': async ({ claimIds }, ctx) => {
    const ids = [...new Set(claimIds)];
    const rows = await Promise.all(ids.map((id) => requireClaim(ctx.db, id)));
    const closed = rows.find((r) => r.status !== 'ready' && r.status !== 'exported');
    if (closed) {
      throw new AccordError(
        'CONFLICT',
        `Claim #${closed.id} is ${closed.status}; only claims ready to send (or sent before) go in a file.`,
        { fields: { claimIds: 'Choose ready claims.' } },
      );
    }
    const settings = await getClaimSettings(ctx.db);
    const practice = await getPractice(ctx.db);
    const gaps = exportGaps(practice, settings);
    if (Object.keys(gaps).length > 0) {
      throw new AccordError(
        'VALIDATION',
        `Before sending claims, fill in: ${Object.values(gaps).join(' ')}`,
        { fields: gaps },
      );
    }
    const documents = [];
    for (const id of ids) documents.push(await loadClaimDocument(ctx.db, id, settings, practice));
    const last = await ctx.db
      .selectFrom('claims')
      .select((eb) => eb.fn.max('control_number').as('n'))
      .executeTakeFirst();
    // Each file gets the next interchange control number; a cancelled save uses none.
    const controlNumber = Number(last?.n ?? 0) + 1;
    const at = ctx.clock.now();
    const file = build837p(documents, { settings, controlNumber, at });
    const stamp = at.toISOString().slice(0, 10);
    const result = await saveFile(
      ctx.files,
      {
        title: 'Save the 837P claim file for your clearinghouse',
        suggestedName: `claims-837p-${stamp}-${String(controlNumber).padStart(4, '0')}.txt`,
        extensions: ['txt', '837'],
      },
      file,
    );
    if (!result.saved) return { ...result, count: 0 };
    await audited(
      ctx,
      (trx) =>
        trx
          .updateTable('claims')
          .set({
            status: 'exported',
            exported_at: at.toISOString(),
            status_changed_at: at.toISOString(),
            control_number: controlNumber,
            status_note: `In file ${result.fileName ?? ''}`,
          })
          .where('id', 'in', ids)
          .execute(),
      {
        action: 'claim.exported',
        entity: 'claim',
        entityId: ids.join(','),
        clientId: rows.length === 1 ? (rows[0]?.client_id ?? null) : null,
        summary: `${ids.length} claim${ids.length === 1 ? '' : 's'} written to an 837P file (control number ${controlNumber})`,
      },
    );
    return { ...result, count: ids.length };
  },

  'claims.cms1500Pdf': async ({ claimId }, ctx) => {
    const claim = await requireClaim(ctx.db, claimId);
    const settings = await getClaimSettings(ctx.db);
    const pdf = await cms1500Pdf(await loadClaimDocument(ctx.db, claimId, settings), settings);
    return savePdf(
      ctx,
      { title: 'Save the CMS-1500 claim form', suggestedName: `cms1500-claim-${claimId}.pdf` },
      pdf,
      (fileName) => ({
        action: 'claim.form_saved',
        entity: 'claim',
        entityId: String(claimId),
        clientId: claim.client_id,
        summary: `CMS-1500 of claim #${claimId} saved as ${fileName}`,
      }),
    );
  },
};
