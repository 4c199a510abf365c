import { Select } from '../../ui/Select.tsx';

const OPTIONS = [
  { value: '', label: 'Not rated' },
  ...Array.from({ length: 11 }, (_, n) => ({
    value: String(n),
    label: n === 0 ? '0 – no progress' : n === 10 ? '10 – fully there' : String(n),
  })),
];

export interface RatingPickerProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

/** A 0–10 progress rating, or none: a review need not rate every objective. */
export function RatingPicker({ label, value, onChange, error }: RatingPickerProps) {
  return (
    <Select
      label={label}
      options={OPTIONS}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      error={error}
    />
  );
}
