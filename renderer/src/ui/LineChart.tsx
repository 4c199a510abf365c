import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './LineChart.css';

export interface ChartPoint {
  /** A calendar day, YYYY-MM-DD. */
  date: string;
  value: number;
}

export interface ChartSeries {
  label: string;
  points: readonly ChartPoint[];
}

/** A shaded horizontal range of the y axis, e.g. a severity band. */
export interface ChartBand {
  from: number;
  to: number;
  label: string;
}

export interface LineChartProps {
  /** Names the picture for screen readers; the page gives the same data as text. */
  label: string;
  series: readonly ChartSeries[];
  yMax: number;
  bands?: readonly ChartBand[];
  height?: number;
  /** The days the x axis spans (YYYY-MM-DD), so charts shown together line up; else the data's. */
  span?: { from: string; to: string };
}

const DAY = 86_400;
/** Series colours, by CSS custom property (see LineChart.css), so both themes have their own. */
const SERIES_COLOURS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];
const dayLabel = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const yearLabel = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' });

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

const colourVar = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '--chart-1';

/** Every series on one shared, sorted list of days; a series without a value that day has null. */
function align(series: readonly ChartSeries[]): uPlot.AlignedData {
  const days = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return [
    days.map(toSeconds),
    ...series.map((s) => {
      const byDay = new Map(s.points.map((p) => [p.date, p.value]));
      return days.map((d) => byDay.get(d) ?? null);
    }),
  ];
}

/**
 * A small line chart over calendar days (uPlot, drawn on a canvas: no styles are injected, so it
 * lives under the app's strict CSP). Colours come from the theme's custom properties, and the
 * chart redraws when the colour scheme changes.
 */
export function LineChart({ label, series, yMax, bands = [], height = 240, span }: LineChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let chart: uPlot | null = null;

    const build = () => {
      chart?.destroy();
      const css = getComputedStyle(host);
      const colour = (name: string) => css.getPropertyValue(name).trim();
      const font = `${Math.round(parseFloat(css.fontSize) * 0.8)}px ${css.fontFamily}`;
      const data = align(series);
      const xs = data[0] as number[];
      const first = span ? toSeconds(span.from) : (xs[0] ?? 0);
      const last = span ? toSeconds(span.to) : (xs[xs.length - 1] ?? first);
      const pad = Math.max(3 * DAY, (last - first) * 0.06);
      const bandFills = [colour('--chart-band-1'), colour('--chart-band-2')];

      const drawBands = (u: uPlot) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.font = font;
        ctx.textAlign = 'right';
        ctx.textBaseline = 'top';
        bands.forEach((band, index) => {
          const top = u.valToPos(Math.min(band.to + 0.5, yMax), 'y', true);
          const bottom = u.valToPos(Math.max(band.from - 0.5, 0), 'y', true);
          ctx.fillStyle = bandFills[index % 2] ?? '';
          ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
          ctx.fillStyle = colour('--text-muted');
          ctx.fillText(
            band.label,
            bbox.left + bbox.width - 6 * uPlot.pxRatio,
            top + 3 * uPlot.pxRatio,
          );
        });
        ctx.restore();
      };

      const labelPoints = (u: uPlot, index: number) => {
        const ys = u.data[index];
        if (!ys) return;
        const { ctx } = u;
        ctx.save();
        ctx.font = `600 ${font}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillStyle = colour('--text');
        ys.forEach((y, i) => {
          const x = u.data[0][i];
          if (y === null || y === undefined || x === undefined) return;
          ctx.fillText(
            String(y),
            u.valToPos(x, 'x', true),
            u.valToPos(y, 'y', true) - 8 * uPlot.pxRatio,
          );
        });
        ctx.restore();
      };

      const axis = {
        stroke: colour('--text-muted'),
        font,
        grid: { stroke: colour('--border'), width: 1 },
        ticks: { stroke: colour('--border'), width: 1 },
      };

      chart = new uPlot(
        {
          width: host.clientWidth || 600,
          height,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            x: { time: true, range: () => [first - pad, last + pad] },
            y: { range: () => [0, yMax] },
          },
          axes: [
            {
              ...axis,
              // Whole days only: the data are calendar days, and half-day ticks repeat a date.
              incrs: [1, 2, 7, 14, 28, 56, 91, 182, 364].map((n) => n * DAY),
              values: (_u, splits) =>
                splits.map((s, i) => {
                  const date = new Date(s * 1000);
                  const previous = splits[i - 1];
                  const newYear =
                    i === 0 ||
                    (previous !== undefined &&
                      new Date(previous * 1000).getUTCFullYear() !== date.getUTCFullYear());
                  return newYear
                    ? `${dayLabel.format(date)}\n${yearLabel.format(date)}`
                    : dayLabel.format(date);
                }),
            },
            // Scores and ratings are whole numbers: no 2.5 on the axis.
            { ...axis, size: 40, incrs: [1, 2, 5, 10] },
          ],
          series: [
            {},
            ...series.map((s, index) => ({
              label: s.label,
              stroke: colour(colourVar(index)),
              width: 2.5,
              spanGaps: true,
              points: { show: true, size: 9, fill: colour('--surface') },
            })),
          ],
          hooks: { drawClear: [drawBands], drawSeries: [labelPoints] },
        },
        data,
        host,
      );
    };

    build();
    const resize = new ResizeObserver(() => {
      if (chart && host.clientWidth > 0) chart.setSize({ width: host.clientWidth, height });
    });
    resize.observe(host);
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', build);
    return () => {
      resize.disconnect();
      scheme.removeEventListener('change', build);
      chart?.destroy();
    };
  }, [series, yMax, bands, height, span]);

  return (
    <div className="line-chart">
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s, index) => (
          <li key={s.label}>
            {/* A style property set from script: the CSP allows it, unlike inline style text. */}
            <span className="chart-swatch" style={{ background: `var(${colourVar(index)})` }} />
            {s.label}
          </li>
        ))}
        {bands.length > 0 && (
          <li>
            <span className="chart-swatch chart-swatch-band" />
            Shaded bands: severity
          </li>
        )}
      </ul>
      <div ref={hostRef} className="line-chart-canvas" role="img" aria-label={label} />
    </div>
  );
}
