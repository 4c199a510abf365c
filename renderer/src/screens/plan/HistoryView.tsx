import { useEffect, useRef, useState } from 'react';
import type { PlanState } from '../../../../shared/domain/care.ts';
import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { CompareForm } from './CompareForm.tsx';
import { PlanDocument } from './PlanDocument.tsx';
import { formatInstantDate } from './planText.ts';
import { SignatureShown } from './SignatureShown.tsx';

type Summary = PlanState['versions'][number];

export interface HistoryViewProps {
  versions: readonly Summary[];
  person: string;
  timeZone: string;
}

/** Every version of the plan: each can be read as it was, and any two compared. */
export function HistoryView({ versions, person, timeZone }: HistoryViewProps) {
  const [shown, setShown] = useState<PlanVersion | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a version replaces the list: its title takes the focus, as a new page's would.
  useEffect(() => {
    if (shown) titleRef.current?.focus();
  }, [shown]);
  const open = useSubmit();

  const view = async (id: number) => {
    const outcome = await open.run(() => call('plans.version', { id }));
    if (outcome?.ok) setShown(outcome.value);
  };

  if (shown) {
    return (
      <div className="stack">
        <div className="tab-head">
          <h3 className="version-title" ref={titleRef} tabIndex={-1}>
            Version {shown.version}{' '}
            <Badge tone={shown.status === 'signed' ? 'accent' : 'neutral'}>
              {shown.status === 'signed' ? 'Agreed' : 'Draft'}
            </Badge>
          </h3>
          <Button onClick={() => setShown(null)}>
            <span aria-hidden="true">←</span> All versions
          </Button>
        </div>
        <p className="muted">
          Read-only.{' '}
          {shown.signedAt
            ? `Agreed on ${formatInstantDate(shown.signedAt, timeZone)}.`
            : `Started on ${formatInstantDate(shown.createdAt, timeZone)}; not signed by both.`}
        </p>
        <PlanDocument content={shown.content} person={person} />
        {(shown.clientSignature || shown.counselorSignature) && (
          <Card level={3} title="Signatures">
            <div className="signature-columns">
              {shown.clientSignature && (
                <SignatureShown signed={shown.clientSignature} timeZone={timeZone} />
              )}
              {shown.counselorSignature && (
                <SignatureShown signed={shown.counselorSignature} timeZone={timeZone} />
              )}
            </div>
          </Card>
        )}
      </div>
    );
  }

  const columns: Column<Summary>[] = [
    { header: 'Version', cell: (v) => `Version ${v.version}`, className: 'nowrap' },
    {
      header: 'Status',
      cell: (v) => (
        <Badge tone={v.status === 'signed' ? 'accent' : 'neutral'}>
          {v.status === 'signed' ? 'Agreed' : 'Draft'}
        </Badge>
      ),
    },
    { header: 'Started', cell: (v) => formatInstantDate(v.createdAt, timeZone) },
    {
      header: 'Agreed',
      cell: (v) => (v.signedAt ? formatInstantDate(v.signedAt, timeZone) : '—'),
    },
    {
      header: 'Open',
      cell: (v) => (
        <Button className="button-small" onClick={() => view(v.id)}>
          View<span className="sr-only"> version {v.version}</span>
        </Button>
      ),
      align: 'end',
    },
  ];
  return (
    <div className="stack">
      {open.error && <Alert tone="error" title={open.error.message} />}
      <Card
        level={3}
        title="Versions"
        description="Every agreed version is kept exactly as it was signed."
      >
        <Table
          caption="Plan versions, newest first"
          hideCaption
          columns={columns}
          rows={versions}
          rowKey={(v) => v.id}
        />
      </Card>
      {versions.length > 1 && (
        <Card
          level={3}
          title="Compare versions"
          description={`What changed, with ${person}’s own words highlighted.`}
        >
          <CompareForm versions={versions} person={person} />
        </Card>
      )}
    </div>
  );
}
