import { useState } from 'react';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { plural } from './format.ts';
import type { StatusFilter } from './useClientSearch.ts';

const WHO: Record<StatusFilter, string> = {
  all: '',
  active: 'active ',
  waitlist: 'waitlisted ',
  discharged: 'discharged ',
};

/** Exports the clients of the status shown; Accord asks where to save. Cancelling says nothing. */
export function useExport(status: StatusFilter) {
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useSubmit();

  const exportCsv = async () => {
    setSaved('');
    const outcome = await run(() => call('clients.exportCsv', { status }));
    if (outcome?.ok && outcome.value.saved) {
      const { fileName, count } = outcome.value;
      setSaved(`Saved ${fileName ?? 'the file'} (${plural(count, `${WHO[status]}client`)}).`);
    }
  };

  const button = (
    <Button busy={busy} busyLabel="Exporting…" onClick={exportCsv}>
      Export CSV
    </Button>
  );
  const message = (
    <>
      <StatusMessage>{saved}</StatusMessage>
      {error && <Alert tone="error" title={error.message} />}
    </>
  );
  return { button, message };
}
