import { useState } from 'react';
import type { Client } from '../../../../shared/domain/clients.ts';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import type { PlanContent, PlanVersion } from '../../../../shared/domain/plans.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { AgreedPlan } from './AgreedPlan.tsx';
import { HistoryView } from './HistoryView.tsx';
import { PlanDialogs, type PlanDialog } from './PlanDialogs.tsx';
import type { PlanDraft } from './planDraft.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanHeader } from './PlanHeader.tsx';
import { newConcern, objectivesOf, withoutBlanks } from './planItems.ts';
import { formatInstantDate, formatInstantTime } from './planText.ts';
import { ReviewBanner } from './ReviewBanner.tsx';
import { ReviewsCard } from './ReviewsCard.tsx';
import { SharedResources } from './SharedResources.tsx';
import { SignaturesPanel } from './SignaturesPanel.tsx';
import { StartPanel } from './StartPanel.tsx';
import { usePlanState } from './usePlanState.ts';
import './plan.css';

export interface PlanTabProps {
  client: Client;
  practice: PracticeProfile;
  today: string;
  draft: PlanDraft | null;
  onDraft: (draft: PlanDraft | null) => void;
}

/** The collaborative plan: start it, write it together, sign it, review it, look back. */
export function PlanTab({ client, practice, today, draft, onDraft }: PlanTabProps) {
  const person = client.preferredName || client.legalFirstName;
  const zone = practice.timeZone;
  const { state, setState, error: loadError, reload } = usePlanState(client.id);
  const [view, setView] = useState<'plan' | 'history'>('plan');
  const [revising, setRevising] = useState(false);
  const [dialog, setDialog] = useState<PlanDialog>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [focusEditor, setFocusEditor] = useState(false);
  const [submitted, setSubmitted] = useState<PlanContent | null>(null);
  const save = useSubmit();

  if (!state) {
    return loadError ? (
      <Alert tone="error" title={loadError.message} />
    ) : (
      <p className="muted" role="status">
        Opening the plan…
      </p>
    );
  }

  const current = state.current;
  const editing = draft !== null || current?.status === 'draft' || revising;
  const baseVersionId = draft?.baseVersionId ?? current?.id ?? null;
  const content = draft?.content ?? current?.content ?? state.blank;
  const dirty = draft !== null;
  const conflict = save.error?.code === 'CONFLICT' ? save.error : null;

  const edit = (next: PlanContent) => {
    setNotice('');
    onDraft({ content: next, baseVersionId });
  };
  const stopEditing = () => {
    onDraft(null);
    setRevising(false);
    save.setError(null);
  };
  const doSave = async () => {
    setNotice('');
    // Rows left empty go now, so the messages of a refused save point at the rows on screen.
    const sending = withoutBlanks(content);
    if (draft) onDraft({ content: sending, baseVersionId });
    setSubmitted(sending);
    const outcome = await save.run(async () => {
      const saved = await call('plans.save', {
        clientId: client.id,
        baseVersionId,
        content: sending,
      });
      return { saved, state: await call('plans.get', { clientId: client.id }) };
    });
    if (!outcome?.ok) return;
    setState(outcome.value.state);
    setSavedAt(outcome.value.saved.updatedAt);
    onDraft(null);
    setRevising(false);
  };
  const signed = async (version: PlanVersion) => {
    setState(await call('plans.get', { clientId: client.id }));
    if (version.status === 'signed') {
      setNotice(`Version ${version.version} is agreed: both of you have signed it.`);
    }
  };

  const savedIds = new Set(current ? objectivesOf(current.content).map((o) => o.objective.id) : []);
  const progress = {
    ratings: state.ratings,
    addressedBy: state.addressedBy,
    saved: savedIds,
    onRate: (objectiveId: string) => setDialog({ kind: 'rate', objectiveId }),
  };

  const revisingSigned = editing && current?.status === 'signed';
  const header = !current
    ? { badge: editing ? 'New' : null, facts: editing ? 'Not saved yet' : '' }
    : revisingSigned
      ? {
          badge: 'Revising',
          facts: `Agreed version ${current.version}; saving starts version ${current.version + 1}`,
        }
      : {
          badge: current.status === 'signed' ? 'Agreed' : 'Draft',
          facts:
            current.status === 'signed' && current.signedAt
              ? `Version ${current.version} · agreed ${formatInstantDate(current.signedAt, zone)}`
              : `Version ${current.version} · started ${formatInstantDate(current.createdAt, zone)}`,
        };
  const saveStatus = dirty
    ? 'Unsaved changes'
    : savedAt
      ? `Saved at ${formatInstantTime(savedAt, zone)}`
      : current?.status === 'draft'
        ? `Saved ${formatInstantDate(current.updatedAt, zone)}`
        : 'Not saved yet';
  const dueBanner =
    (state.reviewStatus === 'overdue' || state.reviewStatus === 'soon') && state.reviewDate
      ? { status: state.reviewStatus, date: state.reviewDate }
      : null;
  const clearsSignatures =
    dirty &&
    current?.status === 'draft' &&
    baseVersionId === current.id &&
    (current.clientSignature !== null || current.counselorSignature !== null);

  return (
    <div className="plan-tab">
      <PlanHeader
        badge={header.badge}
        facts={header.facts}
        actions={
          <>
            {state.versions.length > 0 && (
              <Button onClick={() => setView(view === 'plan' ? 'history' : 'plan')}>
                {view === 'plan' ? 'History' : 'Back to the plan'}
              </Button>
            )}
            {current && !dueBanner && (
              <Button onClick={() => setDialog({ kind: 'review' })}>Record a review…</Button>
            )}
            {current && (
              <Button onClick={() => setDialog({ kind: 'export' })}>Client copy (PDF)…</Button>
            )}
          </>
        }
      />
      {dueBanner && (
        <ReviewBanner
          status={dueBanner.status}
          reviewDate={dueBanner.date}
          onReview={() => setDialog({ kind: 'review' })}
        />
      )}
      {notice && <Alert tone="success" title={notice} />}
      {conflict && (
        <Alert tone="error" title={conflict.message}>
          <p>Reloading shows the plan as it is now saved; the changes made here are let go.</p>
          <div className="row">
            <Button
              onClick={() => {
                stopEditing();
                reload();
              }}
            >
              Reload the plan
            </Button>
          </div>
        </Alert>
      )}
      {view === 'history' ? (
        <HistoryView versions={state.versions} person={person} timeZone={zone} />
      ) : !current && !editing ? (
        <StartPanel
          person={person}
          onStart={() => {
            setFocusEditor(true);
            onDraft({ content: { ...state.blank, concerns: [newConcern()] }, baseVersionId: null });
          }}
        />
      ) : editing ? (
        <>
          {revisingSigned && (
            <Alert tone="info" title={`You are revising agreed version ${current.version}.`}>
              <p>
                Version {current.version} stays exactly as signed. Saving starts version{' '}
                {current.version + 1} as a draft, for {person} and you to sign.
              </p>
              <div className="row">
                <Button onClick={stopEditing}>Stop revising</Button>
              </div>
            </Alert>
          )}
          {clearsSignatures && (
            <Alert tone="info" title="Saving clears the signatures on this draft.">
              They were given for the words as they were; sign again once it is saved.
            </Alert>
          )}
          <PlanEditor
            content={content}
            onChange={edit}
            person={person}
            progress={progress}
            onAddFromLibrary={() => setDialog({ kind: 'library' })}
            onSave={doSave}
            onDiscard={dirty && !revisingSigned ? stopEditing : null}
            saving={save.busy}
            error={conflict ? null : save.error}
            submitted={submitted}
            status={saveStatus}
            formRef={save.formRef}
            focusOnMount={focusEditor}
          />
          {current?.status === 'draft' && baseVersionId === current.id && (
            <SignaturesPanel
              version={current}
              person={person}
              fullName={`${client.legalFirstName} ${client.legalLastName}`}
              counselorName={[practice.counselorName, practice.credentials]
                .filter(Boolean)
                .join(', ')}
              timeZone={zone}
              dirty={dirty}
              onSigned={signed}
            />
          )}
        </>
      ) : (
        current && (
          <AgreedPlan
            version={current}
            person={person}
            timeZone={zone}
            progress={progress}
            onRevise={() => {
              setFocusEditor(true);
              setRevising(true);
            }}
          />
        )
      )}
      <ReviewsCard reviews={state.reviews} />
      <SharedResources clientId={client.id} person={person} />
      <PlanDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        clientId={client.id}
        person={person}
        today={today}
        state={state}
        content={content}
        dirty={dirty}
        onState={(next) => {
          setState(next);
          setDialog(null);
        }}
        onAddOption={(next) => {
          edit(next);
          setDialog(null);
        }}
      />
    </div>
  );
}
