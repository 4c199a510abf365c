import { memo } from 'react';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { riskAnswered, type Ideation, type RiskDraft } from './draft.ts';
import { IDEATION_LABELS } from './format.ts';

const IDEATION_OPTIONS = (['denied', 'passive', 'active'] as const).map((value) => ({
  value,
  label: IDEATION_LABELS[value],
}));

export interface RiskSectionProps {
  /** The latest PHQ-9 flagged item 9: the assessment is shown, and needed to sign. */
  required: boolean;
  included: boolean;
  risk: RiskDraft;
  onInclude: (included: boolean) => void;
  onChange: (patch: Partial<RiskDraft>) => void;
  /** Set when signing found the assessment missing. */
  error?: string | undefined;
}

export const RiskSection = memo(function RiskSection({
  required,
  included,
  risk,
  onInclude,
  onChange,
  error,
}: RiskSectionProps) {
  const shown = required || included;
  const answered = riskAnswered(risk);
  return (
    <fieldset
      id={RISK_ID}
      className={required ? 'note-block risk-block is-required' : 'note-block risk-block'}
    >
      <legend className="note-block-title">
        Risk assessment{required && <span className="risk-required"> · needed to sign</span>}
      </legend>
      {!required && (
        <Checkbox
          label="Include a risk assessment in this note"
          checked={included}
          onChange={(event) => onInclude(event.target.checked)}
        />
      )}
      {shown && (
        <div className="risk-fields">
          <Choice<Ideation | ''>
            legend="Suicidal ideation"
            inline
            options={IDEATION_OPTIONS}
            value={risk.suicidalIdeation ?? ''}
            onChange={(value) => onChange({ suicidalIdeation: value || null })}
            error={error && risk.suicidalIdeation === null ? error : undefined}
          />
          <Choice<Ideation | ''>
            legend="Homicidal ideation"
            inline
            options={IDEATION_OPTIONS}
            value={risk.homicidalIdeation ?? ''}
            onChange={(value) => onChange({ homicidalIdeation: value || null })}
            error={error && risk.homicidalIdeation === null ? error : undefined}
          />
          {/* Saved only as a whole: the rest waits until both questions have an answer. */}
          <fieldset className="risk-more" disabled={!answered}>
            <legend className="sr-only">Plan, intent and safety plan</legend>
            {!answered && (
              <p className="muted risk-wait">Answer both questions above to record the rest.</p>
            )}
            <div className="risk-checks">
              <Checkbox
                label="Has a plan"
                checked={risk.plan}
                onChange={(event) => onChange({ plan: event.target.checked })}
              />
              <Checkbox
                label="Has intent"
                checked={risk.intent}
                onChange={(event) => onChange({ intent: event.target.checked })}
              />
              <Checkbox
                label="Safety plan reviewed"
                checked={risk.safetyPlanReviewed}
                onChange={(event) => onChange({ safetyPlanReviewed: event.target.checked })}
              />
            </div>
            <TextArea
              label="Risk notes"
              hint="What the client said, protective factors, and what you agreed."
              rows={3}
              value={risk.notes}
              onChange={(event) => onChange({ notes: event.target.value })}
            />
          </fieldset>
        </div>
      )}
    </fieldset>
  );
});

const RISK_ID = 'note-risk';

/** Takes the counselor to the first question of the risk assessment. */
function goToRisk() {
  const first = document.querySelector<HTMLInputElement>(`#${RISK_ID} input`);
  first?.scrollIntoView({ block: 'center' });
  first?.focus();
}

/**
 * The one red block on the page, at the top where it cannot be missed: a safety flag, said
 * calmly, with what to do about it.
 */
export function SafetyNotice() {
  return (
    <div className="safety-notice">
      <span className="safety-icon" aria-hidden="true">
        !
      </span>
      <div className="safety-body">
        <p className="safety-title">A safety check is needed in this note</p>
        <p>
          On the client’s latest PHQ-9, item 9 (thoughts of being better off dead or of hurting
          themselves) was above 0. Record a risk assessment in this note; it cannot be signed
          without one.
        </p>
        <p>
          <button type="button" className="link-action" onClick={goToRisk}>
            Go to the risk assessment
          </button>
        </p>
      </div>
    </div>
  );
}
