import { TextField } from './TextField.tsx';

export interface DateRangeFieldsProps {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (the range includes it). */
  to: string;
  onFromChange: (from: string) => void;
  onToChange: (to: string) => void;
  fromError?: string | undefined;
  toError?: string | undefined;
}

/**
 * The two dates of a range, labelled "From" and "To", side by side in whatever row or grid holds
 * them (a fragment, so the caller's layout places each field).
 */
export function DateRangeFields({
  from,
  to,
  onFromChange,
  onToChange,
  fromError,
  toError,
}: DateRangeFieldsProps) {
  return (
    <>
      <TextField
        label="From"
        type="date"
        value={from}
        onChange={(event) => onFromChange(event.target.value)}
        error={fromError}
      />
      <TextField
        label="To"
        type="date"
        value={to}
        onChange={(event) => onToChange(event.target.value)}
        error={toError}
      />
    </>
  );
}
