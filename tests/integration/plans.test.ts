import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, usePractice } from '../support/fixtures.ts';
import { isPdf, pdfText } from '../support/pdf.ts';
import { draftPlan } from '../support/plans.ts';
import { join } from 'node:path';

const clock = manualClock('2026-03-02T15:00:00.000Z');
let a: TestApp;
let clientId: number;
let otherClientId: number;

beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  clientId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Dana', legalLastName: 'Planwell' }),
    )
  ).id;
  otherClientId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Other', legalLastName: 'Person' }),
    )
  ).id;
});
afterAll(() => a.dispose());

const typed = (name: string) => ({ kind: 'typed' as const, name });

describe('the plan lifecycle', () => {
  test('a client without a plan gets a blank one with the default review date', async () => {
    const state = await a.call('plans.get', { clientId });
    expect(state.current).toBeNull();
    expect(state.blank.reviewDate).toBe('2026-05-31'); // 90 days after March 2
  });

  test('draft, sign by both, then any change starts version 2; the diff reads well', async () => {
    const v1 = await a.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
    expect(v1).toMatchObject({ version: 1, status: 'draft' });

    const clientSigned = await a.call('plans.sign', {
      versionId: v1.id,
      signer: 'client',
      signature: typed('Dana Planwell'),
    });
    expect(clientSigned.status).toBe('draft');
    const agreed = await a.call('plans.sign', {
      versionId: v1.id,
      signer: 'counselor',
      signature: typed('Test Counselor, LPC'),
    });
    expect(agreed.status).toBe('signed');
    expect(agreed.signedAt).toBe('2026-03-02T15:00:00.000Z');

    const again = await rejection(() =>
      a.call('plans.sign', { versionId: v1.id, signer: 'client', signature: typed('x') }),
    );
    expect(again.code).toBe('CONFLICT');

    const changed = draftPlan();
    changed.goals[0]!.clientWords = 'Feel calm and confident at work';
    changed.interventions[1]!.decision = 'declined';
    changed.interventions[1]!.reason = 'I want to try without pills first';
    const v2 = await a.call('plans.save', { clientId, baseVersionId: v1.id, content: changed });
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    expect((await a.call('plans.version', { id: v1.id })).content.goals[0]!.clientWords).toBe(
      'Feel calmer at work',
    );

    const diff = await a.call('plans.diff', { fromVersionId: v1.id, toVersionId: v2.id });
    const entries = diff.sections.flatMap((s) => s.entries);
    const goal = entries.find((e) => e.itemId === 'goal-calm');
    expect(goal?.changes).toEqual([
      expect.objectContaining({
        before: 'Feel calmer at work',
        after: 'Feel calm and confident at work',
        clientWords: true,
      }),
    ]);
    const meds = entries.find((e) => e.itemId === 'option-meds');
    expect(meds?.changes.map((c) => [c.fieldLabel, c.after])).toEqual(
      expect.arrayContaining([expect.arrayContaining(['I want to try without pills first'])]),
    );
    expect((await a.call('plans.get', { clientId })).versions.map((v) => v.version)).toEqual([
      2, 1,
    ]);
  });

  test('a signed version cannot be changed through any path', async () => {
    const { versions } = await a.call('plans.get', { clientId });
    const v1 = versions.find((v) => v.version === 1)!;
    const h = a.vault.handle;
    expect(() =>
      h.prepare(`UPDATE plan_versions SET content = '{}' WHERE id = ?`).run(v1.id),
    ).toThrow(/cannot be changed/);
    expect(() => h.prepare('DELETE FROM plan_versions WHERE id = ?').run(v1.id)).toThrow(
      /cannot be deleted/,
    );
    const stale = await rejection(() =>
      a.call('plans.save', { clientId, baseVersionId: v1.id, content: draftPlan() }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  test('bad input gets a clear message and writes nothing', async () => {
    const { current } = await a.call('plans.get', { clientId });
    const before = contentHash(a.vault.handle);
    const huge = draftPlan();
    huge.goals[0]!.clientWords = 'x'.repeat(6_000);
    const tooBig = await rejection(() =>
      a.call('plans.save', { clientId, baseVersionId: current!.id, content: huge }),
    );
    expect(tooBig.fields?.['content.goals.0.clientWords']).toMatch(/at most 5,000/);
    const declined = draftPlan();
    declined.interventions[0]!.decision = 'declined';
    const noReason = await rejection(() =>
      a.call('plans.save', { clientId, baseVersionId: current!.id, content: declined }),
    );
    expect(noReason.fields?.['content.interventions.0.reason']).toMatch(/their reason/);
    const emptySignature = await rejection(() =>
      a.call('plans.sign', { versionId: current!.id, signer: 'client', signature: typed('   ') }),
    );
    expect(emptySignature.code).toBe('VALIDATION');
    const dangling = draftPlan();
    dangling.interventions[0]!.goalId = 'goal-missing';
    expect(
      (
        await rejection(() =>
          a.call('plans.save', { clientId, baseVersionId: current!.id, content: dangling }),
        )
      ).code,
    ).toBe('VALIDATION');
    const backwards = await rejection(() =>
      a.call('plans.review', {
        clientId,
        reviewedOn: '2026-05-01',
        summary: 'x',
        nextReviewOn: '2026-04-01',
        ratings: [],
      }),
    );
    expect(backwards.fields?.nextReviewOn).toBeDefined();
    expect(contentHash(a.vault.handle)).toBe(before);
  });

  test('versions of two clients cannot be compared', async () => {
    const other = await a.call('plans.save', {
      clientId: otherClientId,
      baseVersionId: null,
      content: draftPlan(),
    });
    const { current } = await a.call('plans.get', { clientId });
    const error = await rejection(() =>
      a.call('plans.diff', { fromVersionId: current!.id, toVersionId: other.id }),
    );
    expect(error.code).toBe('VALIDATION');
  });

  test('reviews record what changed and ratings, move the review date, and show on the due list', async () => {
    clock.advance(85 * 86_400_000); // late May: the May 31 review is near
    const due = await a.call('plans.dueReviews');
    expect(due.reviews.map((r) => r.clientId)).toContain(clientId);
    const reviewed = await a.call('plans.review', {
      clientId,
      reviewedOn: '2026-05-26',
      summary: 'Sleep is better; keep going.',
      nextReviewOn: '2026-08-24',
      ratings: [
        { objectiveId: 'objective-sleep', rater: 'client', rating: 6 },
        { objectiveId: 'objective-sleep', rater: 'counselor', rating: 5 },
      ],
    });
    expect(reviewed).toMatchObject({ reviewDate: '2026-08-24', reviewStatus: 'later' });
    expect(reviewed.ratings.map((r) => [r.rater, r.rating])).toEqual([
      ['client', 6],
      ['counselor', 5],
    ]);
    expect((await a.call('plans.dueReviews')).reviews.map((r) => r.clientId)).not.toContain(
      clientId,
    );
  });

  test('the client copy PDF puts their words first and leaves out counselor-only fields', async () => {
    const { current } = await a.call('plans.get', { clientId });
    await a.call('clients.setDiagnoses', {
      clientId,
      diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-03-01' }],
    });
    const plain = await a.call('plans.exportPdf', { versionId: current!.id });
    expect(plain.saved).toBe(true);
    const file = join(a.exportDir, plain.fileName!);
    expect(isPdf(file)).toBe(true);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Feel calm and confident at work');
    expect(text).toContain('I want to try without pills first');
    expect(text).not.toContain('COUNSELOR-ONLY-MARKER');
    expect(text).not.toContain('F41.1');

    const full = await a.call('plans.exportPdf', {
      versionId: current!.id,
      includeDiagnoses: true,
      includeCounselorNotes: true,
    });
    const fullText = pdfText(join(a.exportDir, full.fileName!)).replace(/\s+/g, ' ');
    expect(fullText).toContain('F41.1 Generalized anxiety disorder');
    expect(fullText).toContain('COUNSELOR-ONLY-MARKER');
  });
});

describe('measures', () => {
  test('scored, incomplete forms kept unscored, item 9 flagged for the counselor', async () => {
    await a.call('measures.record', {
      clientId,
      givenOn: '2026-03-02',
      appointmentId: null,
      form: { kind: 'phq9', answers: [2, 2, 2, 1, 1, 1, 1, 0, 0], difficulty: 1 },
    });
    await a.call('measures.record', {
      clientId,
      givenOn: '2026-03-09',
      form: { kind: 'phq9', answers: [1, 1, 1, 1, 1, 0, 0, 0, null], difficulty: null },
    });
    const flagged = await a.call('measures.record', {
      clientId,
      givenOn: '2026-03-16',
      form: { kind: 'phq9', answers: [1, 1, 0, 0, 0, 0, 0, 0, 1], difficulty: 0 },
    });
    expect(flagged.measures.map((m) => [m.total, m.severity, m.complete, m.safetyFlag])).toEqual([
      [10, 'moderate', true, false],
      [null, null, false, false],
      [3, 'minimal', true, true],
    ]);
    const list = await a.call('measures.list', { clientId });
    expect(list.safetyFlag).toBe(true);
    expect(list.objectives.map((o) => o.id)).toEqual(['objective-sleep']);
    const wrong = await rejection(() =>
      a.call('measures.record', {
        clientId,
        givenOn: '2026-03-16',
        form: { kind: 'gad7', answers: [1, 1, 1], difficulty: null },
      }),
    );
    expect(wrong.code).toBe('VALIDATION');
  });
});

describe('the resource library', () => {
  test('ships a starter set, and sharing one is recorded with the date', async () => {
    const { resources } = await a.call('resources.list', {});
    expect(resources.length).toBeGreaterThanOrEqual(6);
    const cbt = resources.find((r) => /cognitive behavioral/i.test(r.title))!;
    expect(cbt).toMatchObject({ starter: true });
    expect(cbt.benefits.length).toBeGreaterThan(0);
    const { shares } = await a.call('resources.share', {
      resourceId: cbt.id,
      clientId,
      sharedOn: '2026-03-02',
      method: 'discussed',
    });
    expect(shares[0]).toMatchObject({
      title: cbt.title,
      sharedOn: '2026-03-02',
      method: 'discussed',
    });

    const pdf = await a.call('resources.exportPdf', { resourceId: cbt.id, clientId });
    expect(pdfText(join(a.exportDir, pdf.fileName!))).toContain('What it asks of you');
    expect((await a.call('resources.shares', { clientId })).shares.map((s) => s.method)).toEqual([
      'pdf',
      'discussed',
    ]);

    const own = await a.call('resources.save', {
      id: null,
      title: 'Box breathing',
      body: 'Breathe in for four, hold for four, out for four, hold for four.',
      benefits: '',
      drawbacks: '',
      asks: '',
      tags: ['skills', 'anxiety'],
      attachment: {
        name: 'breathing.pdf',
        base64: Buffer.from('%PDF-1.4 test').toString('base64'),
      },
    });
    expect(own).toMatchObject({
      attachmentName: 'breathing.pdf',
      attachmentBytes: 13,
      starter: false,
    });
    const notPdf = await rejection(() =>
      a.call('resources.save', {
        id: own.id,
        title: own.title,
        body: own.body,
        benefits: '',
        drawbacks: '',
        asks: '',
        tags: own.tags,
        attachment: { name: 'x.pdf', base64: Buffer.from('hello').toString('base64') },
      }),
    );
    expect(notPdf.fields?.attachment).toMatch(/PDF/);
  });
});
