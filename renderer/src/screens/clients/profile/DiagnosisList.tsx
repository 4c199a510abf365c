import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { moved, type DiagnosisRow } from './diagnosisDraft.ts';

export interface DiagnosisListProps {
  rows: readonly DiagnosisRow[];
  /** The core's messages, by "diagnoses.<index>.<field>". */
  errors: Record<string, string>;
  today: string;
  onChange: (rows: DiagnosisRow[]) => void;
  /** After a removal, so focus can go somewhere useful instead of being lost. */
  onRemoved: () => void;
}

/** The ordered list: move buttons keep their focus as their row moves (rows are keyed by code). */
export function DiagnosisList({ rows, errors, today, onChange, onRemoved }: DiagnosisListProps) {
  if (rows.length === 0) {
    return (
      <p className="dx-empty">
        No diagnoses yet. Search above to add one; the first you add is the primary diagnosis.
      </p>
    );
  }
  const set = (index: number, changes: Partial<DiagnosisRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  return (
    <ol className="dx-list" aria-label="Diagnoses, primary first">
      {rows.map((row, index) => {
        const error = (field: string) => errors[`diagnoses.${index}.${field}`];
        const first = index === 0;
        const last = index === rows.length - 1;
        return (
          <li key={row.code} className="dx-row">
            <span className="dx-rank" aria-hidden="true">
              {index + 1}
            </span>
            <div className="dx-main">
              <p className="dx-heading">
                <span className="dx-code">{row.code}</span>
                {first && <Badge tone="accent">Primary</Badge>}
                {row.custom && <Badge tone="quiet">Not in Accord’s list</Badge>}
              </p>
              <p className="dx-title">{row.title}</p>
              {[error('code'), error('title')].filter(Boolean).map((message) => (
                <p key={message} className="field-error">
                  {message}
                </p>
              ))}
            </div>
            <TextField
              className="dx-date"
              label={
                <>
                  Diagnosed on<span className="sr-only"> ({row.code})</span>
                </>
              }
              type="date"
              min="1900-01-01"
              max={today}
              value={row.diagnosedOn}
              onChange={(event) => set(index, { diagnosedOn: event.target.value })}
              error={error('diagnosedOn')}
            />
            <div className="dx-actions">
              <Button
                variant="quiet"
                aria-label={`Move ${row.code} up`}
                aria-disabled={first || undefined}
                onClick={() => onChange(moved(rows, index, index - 1))}
              >
                <span aria-hidden="true">↑</span> Up
              </Button>
              <Button
                variant="quiet"
                aria-label={`Move ${row.code} down`}
                aria-disabled={last || undefined}
                onClick={() => onChange(moved(rows, index, index + 1))}
              >
                <span aria-hidden="true">↓</span> Down
              </Button>
              <Button
                variant="quiet"
                aria-label={`Remove ${row.code}`}
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  onRemoved();
                }}
              >
                Remove
              </Button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
