import { useEffect, useState } from 'react';
import type { Resource } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface LibraryPickerDialogProps {
  /** Resources already on the plan, marked so they are not added twice by mistake. */
  onPlan: ReadonlySet<number>;
  onPick: (resource: Resource) => void;
  onClose: () => void;
}

/** Picks a library resource to discuss as an option: its benefits, drawbacks and asks come along. */
export function LibraryPickerDialog({ onPlan, onPick, onClose }: LibraryPickerDialogProps) {
  const [query, setQuery] = useState('');
  const [resources, setResources] = useState<Resource[] | null>(null);
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('resources.list', { query, tag: null }).then(
        (value) => live && setResources(value.resources),
        (caught: unknown) => live && setError(toShownError(caught)),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <Dialog open title="Add an option from the library" onClose={onClose} size="wide">
      <div className="stack">
        <TextField
          label="Search the library"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-autofocus
        />
        {error && <Alert tone="error" title={error.message} />}
        <p className="muted" role="status">
          {resources === null
            ? 'Loading the library…'
            : resources.length === 0
              ? 'Nothing in the library matches. Add an option by hand instead.'
              : `${resources.length} ${resources.length === 1 ? 'resource' : 'resources'}.`}
        </p>
        {resources && resources.length > 0 && (
          <ul className="picker-list">
            {resources.map((r) => (
              <li key={r.id} className="picker-item">
                <div className="picker-text">
                  <p className="picker-title">{r.title}</p>
                  <p className="muted picker-summary">{r.benefits || r.body}</p>
                </div>
                <Button className="button-small" onClick={() => onPick(r)}>
                  {onPlan.has(r.id) ? 'Add again' : 'Add'}
                  <span className="sr-only"> {r.title}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </div>
    </Dialog>
  );
}
