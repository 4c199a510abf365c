import type { Measure } from '../../../../shared/domain/care.ts';
import { MEASURES } from '../../../../shared/measures.ts';
import { Table } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';
import { SEVERITY_WORDS } from './summary.ts';

/** Every questionnaire given, newest first: incomplete ones say so, item 9 stands out. */
export function ResultsTable({ measures }: { measures: readonly Measure[] }) {
  const rows = [...measures].reverse();
  return (
    <Table
      caption="Questionnaire results, newest first"
      hideCaption
      rows={rows}
      rowKey={(m) => m.id}
      columns={[
        { header: 'Date', cell: (m) => formatDay(m.givenOn), className: 'nowrap' },
        { header: 'Form', cell: (m) => MEASURES[m.kind].name, className: 'nowrap' },
        {
          header: 'Total',
          align: 'end',
          className: 'nowrap',
          cell: (m) =>
            m.total === null ? (
              <span className="muted">—</span>
            ) : (
              <span className="measure-total">
                {m.total}
                <span className="muted"> / {MEASURES[m.kind].max}</span>
              </span>
            ),
        },
        {
          header: 'Result',
          cell: (m) =>
            m.complete ? (
              SEVERITY_WORDS[m.severity ?? 'minimal']
            ) : (
              <span className="muted">Incomplete, not scored</span>
            ),
        },
        { header: 'By', cell: (m) => (m.enteredBy === 'client' ? 'Client' : 'You') },
        {
          header: 'Safety',
          cell: (m) =>
            m.safetyFlag ? <span className="safety-flag">Item 9: {itemNineAnswer(m)}</span> : '',
        },
      ]}
    />
  );
}

function itemNineAnswer(m: Measure): string {
  const answer = m.answers[MEASURES.phq9.safetyItem ?? 8];
  return MEASURES.phq9.options.find((o) => o.value === answer)?.label ?? 'answered';
}
