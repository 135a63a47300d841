import { loadScales, loadShapes } from '../server/lazy-modules.js';
import { formatInteger } from '../vi/index.js';
import { dayRange } from './days.js';
import type { Series } from './queries.js';

/**
 * Charts drawn on the server as SVG: scales, ticks and paths come from d3-scale and d3-shape, the
 * markup is ours. Each chart carries a <title> and a <desc> (role="img"), and the same figures
 * follow it as a table, so it reads without JavaScript, without sight, and without the picture.
 */

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 60 };
/** Distinguishable lines (Okabe–Ito palette), also for readers with colour blindness. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

export function dayLabel(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const pad2 = (n: number) => String(n).padStart(2, '0');

interface LineChartProps {
  id: string;
  title: string;
  description: string;
  days: string[];
  /** Each with one value per day. */
  series: Series[];
  /** The table's first column and unit. */
  unit: string;
}

export function LineChart({ id, title, description, days, series, unit }: LineChartProps) {
  const { first, last } = dayRange(days);
  const { scaleLinear, scaleUtc } = loadScales();
  const x = scaleUtc()
    .domain([utcDay(first), utcDay(last)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = loadShapes()
    .line<[string, number]>()
    .x(([day]) => x(utcDay(day)))
    .y(([, v]) => y(v));
  const xTicks = x.ticks(Math.min(8, days.length));
  // Counts are whole: no tick at 0,2 views.
  const yTicks = y.ticks(5).filter(Number.isInteger);
  return (
    <section class="chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g class="chart-grid chart-axis">
          {yTicks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
                {formatInteger(tick)}
              </text>
            </g>
          ))}
        </g>
        <g class="chart-axis">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#888" />
          {xTicks.map((tick) => (
            <text key={tick.toISOString()} x={x(tick)} y={HEIGHT - MARGIN.bottom + 18} text-anchor="middle">
              {`${pad2(tick.getUTCDate())}/${pad2(tick.getUTCMonth() + 1)}`}
            </text>
          ))}
        </g>
        {series.map((s, i) => (
          <path
            key={s.name}
            class="chart-line"
            d={path(days.map((day, i) => [day, s.values[i] ?? 0])) ?? ''}
            stroke={COLOURS[i % COLOURS.length]}
            fill="none"
            stroke-width="2"
          >
            <title>{s.name}</title>
          </path>
        ))}
        {series.length > 1
          ? series.map((s, i) => (
              <text
                key={s.name}
                x={MARGIN.left + 8 + (i % 4) * 160}
                y={MARGIN.top + 4 + Math.floor(i / 4) * 14}
                fill={COLOURS[i % COLOURS.length]}
                font-size="12"
              >
                ■ {s.name}
              </text>
            ))
          : null}
      </svg>
      <details>
        <summary>Bảng số liệu: {title.toLowerCase()}</summary>
        <div class="table-wrap">
          <table class="table chart-table" data-chart={id}>
            <caption>
              {title} ({unit})
            </caption>
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                {series.map((s) => (
                  <th key={s.name} scope="col" class="money">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((day, i) => (
                <tr key={day}>
                  <th scope="row">{dayLabel(day)}</th>
                  {series.map((s) => (
                    <td key={s.name} class="money">
                      {formatInteger(s.values[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

interface BarChartProps {
  id: string;
  title: string;
  description: string;
  rows: { name: string; value: number; extra?: string }[];
  unit: string;
  /** Header of the table's extra column, when rows carry one. */
  extraHeader?: string;
}

/** Horizontal bars, for rankings. */
export function BarChart({ id, title, description, rows, unit, extraHeader }: BarChartProps) {
  const left = 200;
  const height = Math.max(60, rows.length * 24 + 30);
  const { scaleBand, scaleLinear } = loadScales();
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.value))])
    .nice()
    .range([left, WIDTH - MARGIN.right - 50]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([10, height - 20])
    .padding(0.2);
  const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);
  return (
    <section class="chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 ? (
        <p>Chưa có số liệu trong khoảng này.</p>
      ) : (
        <svg
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g class="chart-axis">
            {rows.map((row, i) => (
              <g key={i}>
                <text x={left - 6} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em" text-anchor="end">
                  {clip(row.name)}
                </text>
                <rect x={left} y={y(i)} width={Math.max(0, x(row.value) - left)} height={y.bandwidth()} fill={COLOURS[0]} />
                <text x={x(row.value) + 4} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em">
                  {formatInteger(row.value)}
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
      {rows.length > 0 ? (
        <details>
          <summary>Bảng số liệu: {title.toLowerCase()}</summary>
          <div class="table-wrap">
            <table class="table chart-table" data-chart={id}>
              <caption>
                {title} ({unit})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Tên</th>
                  {extraHeader ? <th scope="col">{extraHeader}</th> : null}
                  <th scope="col" class="money">
                    {unit}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.name}</th>
                    {extraHeader ? <td>{row.extra ?? ''}</td> : null}
                    <td class="money">{formatInteger(row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** One sentence a screen reader says for a daily series: the total, the busiest day. */
export function describeDaily(values: number[], days: string[], what: string): string {
  const { first, last } = dayRange(days);
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return `Không có ${what} trong ${days.length} ngày, từ ${dayLabel(first)} đến ${dayLabel(last)}.`;
  const most = Math.max(...values);
  // values has one entry per day, and most is one of them.
  const peakDay = days[values.indexOf(most)]!;
  return `Tổng ${formatInteger(total)} ${what} trong ${days.length} ngày, từ ${dayLabel(first)} đến ${dayLabel(last)}; nhiều nhất ${formatInteger(most)} vào ngày ${dayLabel(peakDay)}.`;
}
