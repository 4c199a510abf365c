import type { ImportPreview } from '../../../../shared/domain/client-import.ts';
import { Card } from '../../ui/Card.tsx';
import { Table } from '../../ui/Table.tsx';
import { formatDay, plural, STATUS_NAMES } from './format.ts';

type Problem = ImportPreview['problems'][number];
type Ready = ImportPreview['sample'][number] & { index: number };

/** What the check found: the counts, every problem by line and field, and some ready rows. */
export function ImportResults({
  preview,
  checking,
}: {
  preview: ImportPreview;
  checking: boolean;
}) {
  const problems = preview.problems.length;
  return (
    <Card title="Check the rows">
      <dl className="import-counts" aria-busy={checking || undefined}>
        <div>
          <dt>Rows in the file</dt>
          <dd>{preview.totalRows.toLocaleString('en-US')}</dd>
        </div>
        <div className="is-ready">
          <dt>Ready to import</dt>
          <dd>{preview.validRows.toLocaleString('en-US')}</dd>
        </div>
        <div className={preview.problemRows > 0 ? 'has-problems' : undefined}>
          <dt>Rows with problems</dt>
          <dd>{preview.problemRows.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      <p className="muted" aria-live="polite">
        {checking ? 'Checking…' : ''}
      </p>

      {problems > 0 && (
        <section className="stack-sm" aria-labelledby="import-problems">
          <h3 id="import-problems" className="import-problems-title">
            {plural(problems, 'problem')} to fix
          </h3>
          <Table<Problem>
            caption="Problems in the file"
            hideCaption
            columns={[
              { header: 'Line', cell: (p) => p.line, align: 'end', className: 'import-line' },
              { header: 'Field', cell: (p) => p.field, className: 'nowrap' },
              { header: 'Problem', cell: (p) => p.reason },
            ]}
            rows={preview.problems}
            rowKey={(p) => `${p.line}:${p.field}:${p.reason}`}
          />
          <p className="muted">Line numbers count the header as line 1, as a spreadsheet does.</p>
        </section>
      )}

      {preview.sample.length > 0 && (
        <section className="stack-sm" aria-labelledby="import-sample">
          <h3 id="import-sample">
            {preview.sample.length < preview.validRows
              ? `The first ${preview.sample.length} ready rows`
              : preview.validRows === 1
                ? 'The ready row'
                : `The ${preview.validRows} ready rows`}
          </h3>
          <Table<Ready>
            caption="Rows ready to import"
            hideCaption
            columns={[
              {
                header: 'Name',
                cell: (r) =>
                  `${r.preferredName ? `${r.preferredName} (${r.legalFirstName})` : r.legalFirstName} ${r.legalLastName}`,
              },
              {
                header: 'Date of birth',
                cell: (r) => (r.dateOfBirth ? formatDay(r.dateOfBirth) : '—'),
                className: 'nowrap',
              },
              { header: 'Phone', cell: (r) => r.phone || '—', className: 'nowrap' },
              { header: 'Email', cell: (r) => r.email || '—' },
              {
                header: 'Status',
                cell: (r) => STATUS_NAMES[r.status as keyof typeof STATUS_NAMES] ?? r.status,
              },
            ]}
            rows={preview.sample.map((row, index) => ({ ...row, index }))}
            rowKey={(r) => r.index}
          />
        </section>
      )}
    </Card>
  );
}
