import { useState, type KeyboardEvent } from 'react';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';

/**
 * The practice's default review interval, changed where it is used. It sits inside the plan's
 * form, so it saves with its own button rather than a nested form (Enter saves it too).
 */
export function ReviewDefault() {
  const [days, setDays] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const { busy, error, run } = useSubmit();

  const load = async (open: boolean) => {
    if (!open || days !== null) return;
    const outcome = await run(() => call('settings.get'));
    if (outcome?.ok) setDays(String(outcome.value.plans.reviewDays));
  };
  const save = async () => {
    setMessage('');
    const outcome = await run(() => call('settings.savePlans', { reviewDays: Number(days) }));
    if (outcome?.ok)
      setMessage(`New plans will be reviewed after ${outcome.value.reviewDays} days.`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void save();
  };

  return (
    <details className="review-default" onToggle={(event) => load(event.currentTarget.open)}>
      <summary>Default review interval for new plans</summary>
      {days !== null && (
        <div className="review-default-body">
          <TextField
            label="Days from a plan’s start to its first review"
            hint="Between 7 and 365. A review also sets the next review’s date."
            type="number"
            inputMode="numeric"
            min={7}
            max={365}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            onKeyDown={onKeyDown}
            error={error?.fields.reviewDays ?? error?.message}
          />
          <Button busy={busy} busyLabel="Saving…" onClick={save}>
            Save default
          </Button>
        </div>
      )}
      <StatusMessage>{message}</StatusMessage>
    </details>
  );
}
