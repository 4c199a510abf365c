import { useMemo } from 'react';
import { MEASURES, type MeasureKind } from '../../../../shared/measures.ts';
import { LineChart, type ChartSeries } from '../../ui/LineChart.tsx';
import { Table } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';
import {
  ratingSentence,
  ratingSeries,
  scoredKinds,
  SEVERITY_WORDS,
  totalsSentence,
  totalsSeries,
  type MeasuresData,
} from './summary.ts';

const BANDS = {
  phq9: MEASURES.phq9.bands.map((b) => ({ from: b.min, to: b.max, label: b.label })),
  gad7: MEASURES.gad7.bands.map((b) => ({ from: b.min, to: b.max, label: b.label })),
};

export interface MeasuresChartsProps {
  data: MeasuresData;
  /** Tables instead of pictures: the same numbers, for reading or a screen reader. */
  asTables: boolean;
}

/** Totals over time with their severity bands, and the client's own progress ratings. */
export default function MeasuresCharts({ data, asTables }: MeasuresChartsProps) {
  const kinds = scoredKinds(data.measures);
  // Stable series: a new array would make the chart draw itself again from scratch.
  const totals = useMemo(
    () => ({
      phq9: [totalsSeries(data.measures, 'phq9')],
      gad7: [totalsSeries(data.measures, 'gad7')],
    }),
    [data.measures],
  );
  const ratings = useMemo(() => ratingSeries(data), [data]);
  // One time axis for every chart, so a change in one can be read against the others.
  const span = useMemo(() => {
    const days = [
      ...data.measures.filter((m) => m.total !== null).map((m) => m.givenOn),
      ...ratings.flatMap((s) => s.points.map((p) => p.date)),
    ].sort();
    const from = days[0];
    const to = days[days.length - 1];
    return from && to ? { from, to } : undefined;
  }, [data.measures, ratings]);
  return (
    <div className="measures-charts">
      {kinds.map((kind) => (
        <section key={kind} className="measures-chart" aria-labelledby={`chart-${kind}`}>
          <h3 id={`chart-${kind}`}>{MEASURES[kind].name} total</h3>
          <p className="muted">{totalsSentence(data.measures, kind)}</p>
          {asTables ? (
            <TotalsTable data={data} kind={kind} />
          ) : (
            <LineChart
              label={`${MEASURES[kind].name} totals over time, 0 to ${MEASURES[kind].max}, with severity bands shaded.`}
              series={totals[kind]}
              yMax={MEASURES[kind].max}
              bands={BANDS[kind]}
              span={span}
            />
          )}
        </section>
      ))}
      {ratings.length > 0 && (
        <section className="measures-chart" aria-labelledby="chart-ratings">
          <h3 id="chart-ratings">The client’s own progress ratings</h3>
          <ul className="muted measures-sentences">
            {ratings.map((s) => (
              <li key={s.label}>{ratingSentence(s)}</li>
            ))}
          </ul>
          {asTables ? (
            <RatingsTable series={ratings} />
          ) : (
            <LineChart
              label="The client’s progress ratings over time, 0 (not started) to 10 (there), one line per step."
              series={ratings}
              yMax={10}
              height={200}
              span={span}
            />
          )}
        </section>
      )}
    </div>
  );
}

function TotalsTable({ data, kind }: { data: MeasuresData; kind: MeasureKind }) {
  const rows = data.measures.filter((m) => m.kind === kind && m.total !== null);
  return (
    <Table
      caption={`${MEASURES[kind].name} totals`}
      hideCaption
      rows={rows}
      rowKey={(m) => m.id}
      columns={[
        { header: 'Date', cell: (m) => formatDay(m.givenOn), className: 'nowrap' },
        { header: 'Total', cell: (m) => m.total, align: 'end' },
        { header: 'Severity', cell: (m) => (m.severity ? SEVERITY_WORDS[m.severity] : '') },
      ]}
    />
  );
}

function RatingsTable({ series }: { series: readonly ChartSeries[] }) {
  const rows = series
    .flatMap((s) => s.points.map((p, i) => ({ key: `${s.label}-${i}`, step: s.label, ...p })))
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Table
      caption="Progress ratings"
      hideCaption
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header: 'Date', cell: (r) => formatDay(r.date), className: 'nowrap' },
        { header: 'Step', cell: (r) => r.step },
        { header: 'Rating (0–10)', cell: (r) => r.value, align: 'end' },
      ]}
    />
  );
}
