import { useRef, useState } from 'react';
import type { Client } from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { StatusMessage } from '../../../ui/Alert.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { Combobox } from '../../../ui/Combobox.tsx';
import { CustomDiagnosis } from './CustomDiagnosis.tsx';
import {
  diagnosesInput,
  MAX_DIAGNOSES,
  rowsFrom,
  sameRows,
  type DiagnosisRow,
} from './diagnosisDraft.ts';
import { DiagnosisList } from './DiagnosisList.tsx';
import { useDiagnosisSearch } from './useDiagnosisSearch.ts';

export interface DiagnosesTabProps {
  client: Client;
  today: string;
  onChange: (client: Client) => void;
  /**
   * Unsaved changes, kept by the profile so that looking at another tab does not lose them;
   * null while the list is as saved.
   */
  draft: DiagnosisRow[] | null;
  onDraft: (rows: DiagnosisRow[] | null) => void;
}

export function DiagnosesTab({ client, today, onChange, draft, onDraft }: DiagnosesTabProps) {
  const rows = draft ?? rowsFrom(client.diagnoses);
  const [query, setQuery] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const search = useDiagnosisSearch(query);
  const { busy, error, setError, run, formRef } = useSubmit();
  const dirty = !sameRows(rows, rowsFrom(client.diagnoses));
  const full = rows.length >= MAX_DIAGNOSES;

  const edit = (next: DiagnosisRow[]) => {
    onDraft(sameRows(next, rowsFrom(client.diagnoses)) ? null : next);
    setSaved(false);
    setError(null);
  };

  /** Adds a diagnosis at the end; says so when it is listed already or the list is full. */
  const add = (row: DiagnosisRow): boolean => {
    if (rows.some((r) => r.code === row.code)) {
      setNote(`${row.code} is already listed.`);
      return false;
    }
    if (full) {
      setNote(`A claim carries at most ${MAX_DIAGNOSES} diagnoses. Remove one first.`);
      return false;
    }
    edit([...rows, row]);
    setNote(`Added ${row.code}, ${row.title}.`);
    return true;
  };

  const save = async () => {
    const outcome = await run(() => call('clients.setDiagnoses', diagnosesInput(client.id, rows)));
    if (outcome?.ok) {
      onChange(outcome.value);
      onDraft(null);
      setSaved(true);
      setNote('');
    }
  };

  const status = !query.trim()
    ? ''
    : search.failed
      ? 'Searching did not work. Try again.'
      : !search.settled && search.results.length === 0
        ? 'Searching…'
        : search.results.length === 0
          ? 'No code in Accord’s list matches. If the code exists, add it below with its title.'
          : `${search.results.length} ${search.results.length === 1 ? 'code matches' : 'codes match'}. Use the up and down arrows, then Enter.`;

  return (
    <Card
      title="Diagnoses"
      description="ICD-10-CM. The first is the primary diagnosis; claims list them in this order."
    >
      <form
        ref={formRef}
        className="dx-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty) void save();
        }}
      >
        <Combobox
          ref={searchRef}
          label="Add a diagnosis"
          hint="Search by code or by words, like “F41” or “gen anx”."
          listLabel="Matching ICD-10-CM codes"
          value={query}
          onValueChange={(text) => {
            setQuery(text);
            setNote('');
          }}
          options={search.results.map((r) => ({
            key: r.code,
            primary: r.code,
            secondary: r.title,
          }))}
          onChoose={(option) => {
            const added = add({
              code: option.primary,
              title: option.secondary ?? '',
              diagnosedOn: today,
              custom: false,
            });
            if (added) setQuery('');
          }}
          status={status}
        />
        <p className="dx-note" aria-live="polite">
          {note}
        </p>
        <DiagnosisList
          rows={rows}
          errors={error?.fields ?? {}}
          today={today}
          onChange={edit}
          onRemoved={() => searchRef.current?.focus()}
        />
        <CustomDiagnosis today={today} onAdd={add} />
        <FormError
          error={error}
          placed={Object.keys(error?.fields ?? {}).filter((key) => key.startsWith('diagnoses.'))}
        />
        <div className="client-form-actions">
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            busyLabel="Saving…"
            aria-disabled={!dirty || undefined}
          >
            Save diagnoses
          </Button>
          {dirty && (
            <Button onClick={() => edit(rowsFrom(client.diagnoses))}>Discard changes</Button>
          )}
          <StatusMessage>{saved ? 'Diagnoses saved' : ''}</StatusMessage>
          {dirty && <p className="muted">Unsaved changes.</p>}
        </div>
      </form>
    </Card>
  );
}
