import { DayDocumentsButton } from './DayDocumentsButton.tsx';
import { EstimateWarnings } from './EstimateWarnings.tsx';
import './documents.css';

export interface EndOfDayDocumentsProps {
  day: string;
  currency: string;
}

/** End of day: clients whose billing nears their Good Faith Estimate, and the day's documents. */
export function EndOfDayDocuments({ day, currency }: EndOfDayDocumentsProps) {
  return (
    <>
      <EstimateWarnings day={day} currency={currency} />
      <DayDocumentsButton day={day} />
    </>
  );
}
