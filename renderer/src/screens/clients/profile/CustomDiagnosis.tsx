import { useState, type KeyboardEvent } from 'react';
import { isIcd10Format, normalizeIcd10 } from '../../../../../shared/icd10.ts';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { DiagnosisRow } from './diagnosisDraft.ts';

export interface CustomDiagnosisProps {
  today: string;
  /** Returns false when the code could not be added (already listed, or the list is full). */
  onAdd: (row: DiagnosisRow) => boolean;
}

/** For a valid ICD-10-CM code outside Accord's curated list: the counselor supplies its title. */
export function CustomDiagnosis({ today, onAdd }: CustomDiagnosisProps) {
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ code?: string; title?: string }>({});

  const add = () => {
    const normalized = normalizeIcd10(code);
    const found: { code?: string; title?: string } = {};
    if (!isIcd10Format(normalized)) found.code = 'Codes look like F41.1, Z63.0 or S06.0X0A.';
    if (!title.trim()) found.title = 'Enter the code’s title as published in ICD-10-CM.';
    setErrors(found);
    if (found.code || found.title) return;
    const added = onAdd({
      code: normalized,
      title: title.trim(),
      diagnosedOn: today,
      custom: true,
    });
    if (added) {
      setCode('');
      setTitle('');
    }
  };

  // Enter adds this code; it must not submit the whole diagnoses form around it.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <details className="dx-custom">
      <summary>Add a code that is not in Accord’s list</summary>
      <p className="dx-custom-note">
        For a valid ICD-10-CM code that Accord does not list: enter the code and its title as
        published.
      </p>
      <div className="dx-custom-body">
        <TextField
          label="ICD-10-CM code"
          mono
          className="dx-custom-code"
          onKeyDown={addOnEnter}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.code}
        />
        <TextField
          label="Title"
          className="dx-custom-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={addOnEnter}
          error={errors.title}
        />
        <Button onClick={add}>Add to the list</Button>
      </div>
    </details>
  );
}
