import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvCell } from './csv';
import type { Digits, Language } from './preferences';
import './charts.css';

/**
 * What every chart shares: a titled frame with a table alternative (a toggle button, so keyboard and screen reader
 * users get the numbers as a table) and a CSV download of the same numbers; and formatting for axes and tooltips.
 */

/**
 * Chart props that are objects, made once: Recharts copies a part's props into its store, and a new object each
 * render is a changed prop that re-registers the part (see the timeline's and the charts' kept parts).
 */
export const AXIS_TICK = { fontSize: 12 };
export const CHART_FILL = { width: '100%', height: '100%' };

export interface CsvSpec<Row extends Record<string, CsvCell>> {
  /** Made when the reader downloads, not with every filter change. */
  rows: () => readonly Row[];
  columns: ReadonlyArray<{ key: keyof Row & string; header: string }>;
  fileName: string;
}

export interface ChartFrameLabels {
  /** The toggle's name; it stays the same, `aria-pressed` says whether the table is shown. */
  table: string;
  download: string;
}

export function ChartFrame<Row extends Record<string, CsvCell>>({
  title,
  note,
  labels,
  csv,
  chart,
  table,
  legend,
  className,
}: {
  title: string;
  note?: ReactNode;
  labels: ChartFrameLabels;
  csv: CsvSpec<Row>;
  chart: ReactNode;
  /** The table alternative, made only while it is shown (a chart re-renders with every filter change). */
  table: () => ReactNode;
  /** Shown under the chart, not with the table (the table's headers say it). */
  legend?: ReactNode;
  className?: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  return (
    <section className={`chart-frame${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <header className="chart-head">
        <h3 id={headingId}>{title}</h3>
        <div className="chart-tools">
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {labels.table}
          </button>
          <button type="button" onClick={() => downloadCsv(csv.rows(), csv.fileName, csv.columns)}>
            {labels.download}
          </button>
        </div>
      </header>
      {note ? <div className="chart-note small muted">{note}</div> : null}
      {showTable ? (
        <div className="table-scroll">{table()}</div>
      ) : (
        <>
          {chart}
          {legend}
        </>
      )}
    </section>
  );
}

/**
 * Recharts lays SVG text out wrongly under `dir="rtl"` (TOOLCHAIN.md §4), so charts sit in a left-to-right box and
 * are mirrored on purpose where time or order should run right to left.
 */
export function ChartBox({ height, children, label }: { height: number; children: ReactNode; label?: string }) {
  return (
    <div
      dir="ltr"
      className="chart-box"
      style={{ blockSize: height }}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      {children}
    </div>
  );
}

/** A tooltip body laid out in the UI's direction (the chart box around it is left to right). */
export function TooltipBox({
  title,
  lines,
}: {
  title: string;
  lines: ReadonlyArray<{ label: string; value: string; colour?: string }>;
}) {
  // The tooltip reads in the language of its strings (the i18n instance follows the view's language).
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="chart-tooltip" dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language}>
      <p className="chart-tooltip-title">{title}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.label}>
            {l.colour ? <span className="swatch" style={{ background: l.colour }} aria-hidden="true" /> : null}
            <span>{l.label}</span> <bdi className="value">{l.value}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A legend in HTML (not SVG), so it wraps and reads in the UI's direction. */
export function ChartLegend({ items }: { items: ReadonlyArray<{ label: string; colour: string; line?: boolean }> }) {
  return (
    <ul className="chart-legend small">
      {items.map((i) => (
        <li key={i.label}>
          <span className={`swatch${i.line ? ' line' : ''}`} style={{ background: i.colour }} aria-hidden="true" />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/** Formatting for chart axes and tooltips, with the same locales and digits as `format.ts`. */
export interface ChartFormat {
  /** A number with up to one decimal: fractional counts come from spreading imprecise dates. */
  decimal: (n: number) => string;
  /** A bucket's label from its ISO start: "Aug 2017" for months, "20 Aug" for days and weeks (tooltips give the full date). */
  bucket: (iso: string, unit: 'day' | 'week' | 'month') => string;
}

const cache = new Map<string, ChartFormat>();

/** Chart formatting for a language and digits choice (cached; `state/useFormat` binds it to the view). */
export function chartFormatter(language: Language, digits: Digits): ChartFormat {
  const key = `${language}-${digits}`;
  let f = cache.get(key);
  if (!f) {
    const dateLocale = `${language === 'ar' ? 'ar-SY' : 'en-GB'}-u-nu-${digits}-ca-gregory`;
    const nf = new Intl.NumberFormat(`${language}-u-nu-${digits}`, { maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(dateLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    f = {
      decimal: (n) => nf.format(n),
      bucket: (iso, unit) => {
        const d = new Date(`${iso}T00:00:00Z`);
        return (unit === 'month' ? month : day).format(d);
      },
    };
    cache.set(key, f);
  }
  return f;
}

/**
 * A bar as a plain <rect>. Recharts' default bar shape measures its own outline when it mounts
 * (`getTotalLength`), which forces a layout of the whole page per bar: with a thousand bars a filter click stalls
 * for hundreds of milliseconds. Use as `<Bar shape={plainBar} …/>` where bars need no rounded corners or animation.
 */
export function plainBar(props: unknown): ReactElement {
  const {
    x = 0,
    y = 0,
    width = 0,
    height = 0,
    fill,
  } = props as {
    x?: number;
    y?: number;
    width?: number;
    height?: number;
    fill?: string;
  };
  // Negative sizes come from reversed axes and negative values: normalise to a positive rectangle.
  return (
    <rect
      x={width < 0 ? x + width : x}
      y={height < 0 ? y + height : y}
      width={Math.abs(width)}
      height={Math.abs(height)}
      fill={fill}
    />
  );
}
