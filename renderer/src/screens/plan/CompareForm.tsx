import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlanState } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Select } from '../../ui/Select.tsx';
import { DiffView, type PlanDiff } from './DiffView.tsx';

type Summary = PlanState['versions'][number];

const label = (v: Summary) =>
  `Version ${v.version} (${v.status === 'signed' ? 'agreed' : 'draft'})`;

/** Any two versions side by side, as a list of what changed. Starts with the latest change. */
export function CompareForm({
  versions,
  person,
}: {
  versions: readonly Summary[];
  person: string;
}) {
  // Versions come newest first.
  const [from, setFrom] = useState(String(versions[1]?.id ?? ''));
  const [to, setTo] = useState(String(versions[0]?.id ?? ''));
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const { busy, error, run, formRef } = useSubmit();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // A new comparison is read from its title, as a new page would be.
  useEffect(() => {
    if (diff) titleRef.current?.focus();
  }, [diff]);
  const options = versions.map((v) => ({ value: String(v.id), label: label(v) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      call('plans.diff', { fromVersionId: Number(from), toVersionId: Number(to) }),
    );
    if (outcome?.ok) setDiff(outcome.value);
  };

  return (
    <div className="stack">
      <form ref={formRef} className="compare-form" onSubmit={submit} noValidate>
        <Select
          label="Compare"
          options={options}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Select label="With" options={options} value={to} onChange={(e) => setTo(e.target.value)} />
        <Button type="submit" variant="primary" busy={busy} busyLabel="Comparing…">
          Show changes
        </Button>
      </form>
      <FormError error={error} placed={[]} />
      {diff && (
        <div className="stack-sm">
          <h4 className="compare-title" ref={titleRef} tabIndex={-1}>
            Changes from version {diff.from.version} to version {diff.to.version}
          </h4>
          <DiffView diff={diff} person={person} />
        </div>
      )}
    </div>
  );
}
