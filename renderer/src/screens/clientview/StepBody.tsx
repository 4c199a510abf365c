import type { MeasureKind } from '../../../../shared/measures.ts';
import { AgreementStep } from './AgreementStep.tsx';
import { ConcernsStep } from './ConcernsStep.tsx';
import { GoalsStep } from './GoalsStep.tsx';
import { HelpsStep } from './HelpsStep.tsx';
import { MeasureStep } from './MeasureStep.tsx';
import { OptionsStep } from './OptionsStep.tsx';
import type { StepKey } from './steps.ts';

export interface StepBodyProps {
  step: StepKey;
  measure: MeasureKind | null;
  measureSaved: boolean;
  onMeasureSaved: () => void;
}

export function StepBody({ step, measure, measureSaved, onMeasureSaved }: StepBodyProps) {
  switch (step) {
    case 'concerns':
      return <ConcernsStep />;
    case 'goals':
      return <GoalsStep />;
    case 'options':
      return <OptionsStep />;
    case 'helps':
      return <HelpsStep />;
    case 'measure':
      return <MeasureStep chosen={measure} saved={measureSaved} onSaved={onMeasureSaved} />;
    case 'agreement':
      return <AgreementStep />;
  }
}
