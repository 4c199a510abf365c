import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/domain/audit.ts';
import { Button } from '../../ui/Button.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface Filters {
  from: string;
  to: string;
  action: AuditAction | '';
}

export const NO_FILTERS: Filters = Object.freeze({ from: '', to: '', action: '' });

export function isFiltered(filters: Filters): boolean {
  return Boolean(filters.from || filters.to || filters.action);
}

const ACTION_OPTIONS = [
  { value: '', label: 'All actions' },
  ...Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
];

export interface AuditFiltersProps {
  filters: Filters;
  /** The vault's messages for the filters, by field (e.g. "to" before "from"). */
  errors: Record<string, string>;
  onChange: (filters: Filters) => void;
}

/** Filters apply as soon as they change: a date input reports a change only once it is whole. */
export function AuditFilters({ filters, errors, onChange }: AuditFiltersProps) {
  return (
    <div className="audit-filters" role="group" aria-label="Filter events">
      <TextField
        label="From"
        type="date"
        value={filters.from}
        onChange={(event) => onChange({ ...filters, from: event.target.value })}
        error={errors.from}
      />
      <TextField
        label="To"
        type="date"
        value={filters.to}
        onChange={(event) => onChange({ ...filters, to: event.target.value })}
        error={errors.to}
      />
      <Select
        label="Action"
        options={ACTION_OPTIONS}
        value={filters.action}
        onChange={(event) =>
          onChange({ ...filters, action: event.target.value as Filters['action'] })
        }
        error={errors.action}
      />
      {isFiltered(filters) && (
        <Button variant="quiet" className="audit-clear" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
