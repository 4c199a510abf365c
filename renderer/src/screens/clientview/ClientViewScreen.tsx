import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientViewState } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';
import { Drafts, DraftsContext } from './drafts.ts';
import { ExitDialog } from './ExitDialog.tsx';
import { forgetChoices, recallChoices } from './session.ts';
import { StepBody } from './StepBody.tsx';
import { StepList } from './StepList.tsx';
import { STEPS } from './steps.ts';
import { useClientViewGuard } from './useClientViewGuard.ts';
import { ViewContext } from './viewContext.ts';
import './clientview.css';

export interface ClientViewScreenProps {
  onLock: () => void;
  /** After the counselor has closed Client view with the passphrase or PIN. */
  onExit: () => void;
}

/**
 * The screen turned toward the client: their plan in large type and nothing else of Accord. The
 * core has already closed every other channel; this screen adds no way out but the counselor's.
 */
export function ClientViewScreen({ onLock, onExit }: ClientViewScreenProps) {
  useClientViewGuard(onLock);
  useDocumentTitle('Your plan');
  const [choices] = useState(recallChoices);
  const [view, setView] = useState<ClientViewState | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [step, setStep] = useState(0);
  const [moving, setMoving] = useState(false);
  const [exitOpen, setExitOpen] = useState(false);
  const [measureSaved, setMeasureSaved] = useState(false);
  const [drafts] = useState(() => new Drafts());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const loaded = view !== null;

  const refresh = useCallback(() => {
    call('clientView.get').then(
      (next) => {
        setView(next);
        setLoadError(null);
      },
      (caught: unknown) => setLoadError(toShownError(caught)),
    );
  }, []);
  useEffect(refresh, [refresh]);

  // The screen has turned: a screen reader starts from the greeting, not from a removed button.
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  // A new step is a new page: focus and scroll go to its title, as they would on a page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [step]);

  const go = async (next: number) => {
    if (moving || next === step || next < 0 || next >= STEPS.length) return;
    setMoving(true);
    const saved = await drafts.flush();
    setMoving(false);
    if (saved) setStep(next);
  };

  const exit = () => {
    forgetChoices();
    onExit();
  };

  const context = useMemo(() => (view ? { view, setView, refresh } : null), [view, refresh]);
  const current = STEPS[step] ?? STEPS[0];
  const following = STEPS[step + 1];

  return (
    <div className="cv">
      {!view || !context ? (
        <div className="cv-loading">
          {loadError ? (
            <div className="stack-sm">
              <Alert tone="error" title={loadError.message} />
              <div className="row">
                <Button variant="primary" onClick={refresh}>
                  Try again
                </Button>
              </div>
            </div>
          ) : (
            <p className="muted" role="status">
              Opening your plan…
            </p>
          )}
        </div>
      ) : (
        <ViewContext value={context}>
          <DraftsContext value={drafts}>
            <header className="cv-header">
              <h1 ref={titleRef} tabIndex={-1}>
                Your plan, {view.firstName}
              </h1>
              <p className="cv-welcome">
                This is your space. Take your time; you can come back to any part.
              </p>
            </header>
            <div className="cv-body">
              <StepList current={step} onGo={(index) => void go(index)} />
              <main className="cv-main" aria-labelledby="cv-step-title">
                <h2 id="cv-step-title" ref={headingRef} tabIndex={-1} className="cv-step-title">
                  <span className="cv-step-count">
                    Part {step + 1} of {STEPS.length}
                  </span>
                  {current.title}
                </h2>
                <div className="cv-step">
                  <StepBody
                    step={current.key}
                    measure={choices.measure}
                    measureSaved={measureSaved}
                    onMeasureSaved={() => setMeasureSaved(true)}
                  />
                </div>
                <div className="cv-pager">
                  {step > 0 && (
                    <Button className="cv-big" onClick={() => void go(step - 1)}>
                      <span aria-hidden="true">←</span> Back
                    </Button>
                  )}
                  {following ? (
                    <Button
                      variant="primary"
                      className="cv-big cv-next"
                      busy={moving}
                      busyLabel="Saving…"
                      onClick={() => void go(step + 1)}
                    >
                      Next: {following.title} <span aria-hidden="true">→</span>
                    </Button>
                  ) : (
                    <p className="cv-done">
                      That is everything. When you are ready, turn the screen back to your
                      counselor.
                    </p>
                  )}
                </div>
              </main>
            </div>
          </DraftsContext>
        </ViewContext>
      )}
      <Button variant="quiet" className="cv-counselor" onClick={() => setExitOpen(true)}>
        Counselor
      </Button>
      <ExitDialog
        open={exitOpen}
        pinSet={choices.pinSet}
        onClose={() => setExitOpen(false)}
        onExit={exit}
      />
    </div>
  );
}
