import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, isOpenInClientView } from '../../shared/contract.ts';
import { PASSPHRASE, rejection, startApp, type TestApp } from '../support/app.ts';
import { clientInput, usePractice } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';

let a: TestApp;
let clientId: number;
let otherId: number;

beforeAll(async () => {
  a = startApp();
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a);
  clientId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Robin', preferredName: 'Rob', legalLastName: 'Viewer' }),
    )
  ).id;
  otherId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Secret', legalLastName: 'Otherclient' }),
    )
  ).id;
  await a.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
  await a.call('plans.save', { clientId: otherId, baseVersionId: null, content: draftPlan() });
  await a.call('settings.setClientViewPin', { pin: '2468' });
});
afterAll(() => a.dispose());

describe('Client view', () => {
  test('shows this client’s plan and nothing counselor-only; library texts shown are recorded as shared', async () => {
    const [resource] = (await a.call('resources.list', {})).resources;
    const { current } = await a.call('plans.get', { clientId });
    const content = structuredClone(current!.content);
    content.interventions[0]!.resourceId = resource!.id;
    await a.call('plans.save', { clientId, baseVersionId: current!.id, content });
    const view = await a.call('clientView.enter', { clientId });
    expect(view.resources.map((r) => r.id)).toEqual([resource!.id]);
    expect(view.firstName).toBe('Rob');
    expect(view.plan.goals[0]?.clientWords).toBe('Feel calmer at work');
    expect(JSON.stringify(view)).not.toMatch(
      /COUNSELOR-ONLY-MARKER|counselorNotes|Otherclient|Viewer/,
    );
  });

  test('every other channel is closed, whatever is asked', async () => {
    for (const channel of CHANNELS.filter((c) => !isOpenInClientView(c))) {
      const result = await a.dispatch(channel, { clientId: otherId, id: otherId });
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await a.dispatch('clientView.enter', { clientId: otherId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const view = await a.call('clientView.get');
    expect(JSON.stringify(view)).not.toContain('Secret');
  });

  test('the client writes in their own words, decides, rates, fills a form and signs', async () => {
    let view = await a.call('clientView.saveWords', {
      target: { kind: 'goal', itemId: null },
      text: 'Sleep through the night',
    });
    const added = view.plan.goals.find((g) => g.clientWords === 'Sleep through the night');
    expect(added).toMatchObject({ clientWordsBy: 'client', proposedBy: 'client' });
    view = await a.call('clientView.saveWords', {
      target: { kind: 'completion' },
      text: 'When I sleep well most nights',
    });
    expect(view.plan.completionCriteriaBy).toBe('client');

    const noReason = await rejection(() =>
      a.call('clientView.decide', {
        interventionId: 'option-meds',
        decision: 'declined',
        reason: '',
      }),
    );
    expect(noReason.fields?.reason).toMatch(/your right to say no/);
    await a.call('clientView.decide', {
      interventionId: 'option-meds',
      decision: 'declined',
      reason: 'Not ready for medication',
    });
    view = await a.call('clientView.decide', {
      interventionId: 'option-cbt',
      decision: 'chosen',
      reason: 'I like practical tools',
    });
    expect(view.plan.interventions.map((x) => [x.id, x.decision, x.reasonBy])).toEqual([
      ['option-cbt', 'chosen', 'client'],
      ['option-meds', 'declined', 'client'],
    ]);

    view = await a.call('clientView.rate', { objectiveId: 'objective-sleep', rating: 4 });
    expect(view.latestRatings).toEqual({ 'objective-sleep': 4 });
    const form = await a.call('clientView.measure', {
      form: { kind: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], difficulty: 1 },
    });
    // No score and no safety flag on the client's screen.
    expect(form).toEqual({ saved: true, complete: true });

    view = await a.call('clientView.sign', {
      signature: {
        kind: 'drawn',
        name: 'Robin Viewer',
        image: 'data:image/png;base64,iVBORw0KGgo=',
      },
    });
    expect(view.signedByClient).toBe(true);
  });

  test('leaving needs the PIN or the passphrase; wrong ones keep it closed', async () => {
    expect((await rejection(() => a.call('clientView.exit', { pin: '0000' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(
      (await rejection(() => a.call('clientView.exit', { passphrase: 'not the passphrase' }))).code,
    ).toBe('WRONG_PASSPHRASE');
    expect((await a.dispatch('clients.list', {})).ok).toBe(false);
    await a.call('clientView.exit', { pin: '2468' });
    expect((await a.dispatch('clients.list', {})).ok).toBe(true);

    const events = (await a.call('audit.list', { pageSize: 50 })).events;
    const byClient = events.filter((e) => e.actor === 'client').map((e) => e.action);
    expect(byClient).toEqual(
      expect.arrayContaining(['plan.saved', 'objective.rated', 'measure.recorded', 'plan.signed']),
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['clientview.entered', 'clientview.exited', 'clientview.exit_failed']),
    );

    const measures = await a.call('measures.list', { clientId });
    expect(measures.measures.at(-1)).toMatchObject({
      enteredBy: 'client',
      total: 9,
      safetyFlag: true,
    });
  });

  test('after three wrong PINs only the passphrase works; locking also ends Client view', async () => {
    await a.call('clientView.enter', { clientId });
    for (let i = 0; i < 3; i++) await rejection(() => a.call('clientView.exit', { pin: '1111' }));
    expect((await rejection(() => a.call('clientView.exit', { pin: '2468' }))).message).toMatch(
      /Use the passphrase/,
    );
    await a.call('clientView.exit', { passphrase: PASSPHRASE });

    await a.call('clientView.enter', { clientId });
    await a.call('vault.lock');
    await a.call('vault.unlock', { passphrase: PASSPHRASE });
    expect(await a.call('clientView.status')).toEqual({ clientId: null });
    expect((await a.dispatch('clients.list', {})).ok).toBe(true);
  });
});
