import { useRef, useState, type ChangeEvent } from 'react';
import type { ChannelInput } from '../../../../shared/contract.ts';
import type { ImportPreview } from '../../../../shared/domain/client-import.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { plural } from './format.ts';
import { ImportMapping, type Mapping } from './ImportMapping.tsx';
import { ImportResults } from './ImportResults.tsx';

/** The core refuses more; checking here saves reading a huge file into the page for nothing. */
const MAX_BYTES = 10_000_000;

export interface ImportPageProps {
  onImported: (created: number) => void;
  onCancel: () => void;
}

export function ImportPage({ onImported, onCancel }: ImportPageProps) {
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [problem, setProblem] = useState<ShownError | null>(null);
  const [checking, setChecking] = useState(false);
  const latest = useRef(0);
  const commit = useSubmit();

  // Only the answer to the latest file or column choice is shown.
  const check = async (input: ChannelInput<'clients.importPreview'>) => {
    const ticket = ++latest.current;
    setChecking(true);
    try {
      const value = await call('clients.importPreview', input);
      if (ticket !== latest.current) return;
      setPreview(value);
      setMapping(value.mapping);
      setProblem(null);
    } catch (caught) {
      if (ticket !== latest.current) return;
      setProblem(toShownError(caught));
    } finally {
      if (ticket === latest.current) setChecking(false);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setProblem(null);
    commit.setError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setCsv(null);
      setProblem({
        code: 'VALIDATION',
        message: 'This file is larger than 10 MB. Split it into smaller files and import each one.',
        fields: {},
      });
      return;
    }
    const text = await file.text();
    setCsv(text);
    await check({ csv: text, mapping: null });
  };

  const changeMapping = (next: Mapping) => {
    setMapping(next);
    commit.setError(null);
    if (csv !== null) void check({ csv, mapping: next });
  };

  const importAll = async () => {
    if (csv === null) return;
    const outcome = await commit.run(() => call('clients.importCommit', { csv, mapping }));
    if (outcome?.ok) onImported(outcome.value.created);
  };

  const mappingError =
    problem?.fields.mapping ?? (problem && preview ? problem.message : undefined);
  const fileError = problem && !preview ? problem.message : undefined;
  const blocked =
    !preview ||
    checking ||
    Boolean(problem) ||
    preview.problemRows > 0 ||
    preview.problems.length > 0 ||
    preview.validRows === 0;

  return (
    <>
      <PageHeader
        eyebrow="Clients"
        title="Import clients"
        description="Bring in clients from a spreadsheet saved as CSV. Accord checks every row first and saves nothing until you import; then every row is saved, or none."
      />
      <Card
        title="Choose a file"
        description="One client per row, with the column names in the first row."
      >
        <Field label="CSV file" error={fileError}>
          {(control) => (
            <input
              type="file"
              accept=".csv,text/csv"
              className="file-input"
              onChange={chooseFile}
              {...control}
            />
          )}
        </Field>
      </Card>

      {preview && csv !== null && (
        <>
          <ImportMapping
            header={preview.header}
            mapping={mapping}
            error={mappingError}
            onChange={changeMapping}
          />
          <ImportResults preview={preview} checking={checking} />
          <div className="import-actions">
            <Button
              variant="primary"
              aria-disabled={blocked || undefined}
              aria-describedby={blocked ? 'import-blocked' : undefined}
              busy={commit.busy}
              busyLabel="Importing…"
              onClick={() => !blocked && importAll()}
            >
              Import {plural(preview.validRows, 'client')}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
            {blocked && !checking && (
              <p id="import-blocked" className="import-blocked">
                {blockedReason(preview, Boolean(problem))}
              </p>
            )}
          </div>
          {commit.error && <Alert tone="error" title={commit.error.message} />}
        </>
      )}
      {!preview && (
        <div className="import-actions">
          <Button onClick={onCancel}>Back to clients</Button>
        </div>
      )}
    </>
  );
}

function blockedReason(preview: ImportPreview, mappingProblem: boolean): string {
  if (mappingProblem) return 'Fix the column choices above first.';
  if (preview.problemRows > 0 || preview.problems.length > 0) {
    return 'Nothing can be imported while any row has a problem: the import is all or nothing. Fix the rows listed above in the file, or change the column choices, then choose the file again.';
  }
  return 'The file has no client rows to import.';
}
