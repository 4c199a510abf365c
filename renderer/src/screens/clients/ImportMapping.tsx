import { IMPORT_FIELDS, type ImportField } from '../../../../shared/domain/client-import.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { Select } from '../../ui/Select.tsx';

export type Mapping = (ImportField | 'ignore')[];

const OPTIONS = [
  { value: 'ignore', label: 'Ignore this column' },
  ...IMPORT_FIELDS.map((field) => ({ value: field.key, label: field.label })),
];

export interface ImportMappingProps {
  header: readonly string[];
  mapping: Mapping;
  error: string | undefined;
  onChange: (mapping: Mapping) => void;
}

/** One select per column of the file; every change is checked again at once. */
export function ImportMapping({ header, mapping, error, onChange }: ImportMappingProps) {
  return (
    <Card
      title="Match the columns"
      description="Accord matched what it recognised by the column names. Change any that are wrong; columns set to Ignore are left out."
    >
      {error && <Alert tone="error" title={error} />}
      <div className="import-mapping">
        {header.map((name, column) => (
          <Select
            key={column}
            label={
              <>
                <span className="sr-only">Column </span>
                {name.trim() ? `“${name}”` : `Column ${column + 1} (no name)`}
              </>
            }
            hint={`Column ${column + 1}`}
            options={OPTIONS}
            value={mapping[column] ?? 'ignore'}
            onChange={(event) => {
              const next = [...mapping];
              next[column] = event.target.value as Mapping[number];
              onChange(next);
            }}
          />
        ))}
      </div>
    </Card>
  );
}
