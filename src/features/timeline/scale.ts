import { AXIS_WIDTH, CHART_MARGIN } from './layout';

/** The timeline's drawing, top to bottom: plot, x-axis labels, brush strip (the same heights Recharts used). */
export const CHART_HEIGHT = 260;
export const BRUSH_HEIGHT = 28;
export const X_AXIS_HEIGHT = 30;
export const PLOT_TOP = CHART_MARGIN.top;
export const PLOT_BOTTOM = CHART_HEIGHT - CHART_MARGIN.bottom - BRUSH_HEIGHT - X_AXIS_HEIGHT;
export const BRUSH_TOP = CHART_HEIGHT - CHART_MARGIN.bottom - BRUSH_HEIGHT;
/** Tick mark length and the gap between it and its label. */
export const TICK_SIZE = 6;
export const TICK_GAP = 2;
/** Rough width of one character of a 12px label: labels are not measured (no layout read per render). */
const CHAR_WIDTH = 7;
/** Least space between two x-axis labels. */
const MIN_LABEL_GAP = 16;

export interface PlotBox {
  left: number;
  right: number;
  /** Where each y axis sits: the incidents' on the start side of time, killed (then UCDP's) on the other. */
  incidentsAxis: { x: number; side: 'left' | 'right' };
  killedAxis: { x: number; side: 'left' | 'right' };
  datasetAxis: { x: number; side: 'left' | 'right' };
}

/**
 * The plot's horizontal extent between the margins and axes (the tally row under the plot uses it too): each axis
 * is AXIS_WIDTH wide; a second axis on one side (UCDP's) sits outside the first. `x` of an axis is its line, on the
 * plot's edge or one axis width further out.
 */
export function plotBox(width: number, rtl: boolean, compared: boolean): PlotBox {
  const extra = compared ? AXIS_WIDTH : 0;
  const left = CHART_MARGIN.left + AXIS_WIDTH + (rtl ? extra : 0);
  const right = Math.max(left, width - CHART_MARGIN.right - AXIS_WIDTH - (rtl ? 0 : extra));
  const [incidentsSide, killedSide] = rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const edge = (side: 'left' | 'right') => (side === 'left' ? left : right);
  const out = (side: 'left' | 'right') => (side === 'left' ? -AXIS_WIDTH : AXIS_WIDTH);
  return {
    left,
    right,
    incidentsAxis: { x: edge(incidentsSide), side: incidentsSide },
    killedAxis: { x: edge(killedSide), side: killedSide },
    datasetAxis: { x: edge(killedSide) + out(killedSide), side: killedSide },
  };
}

/** About `count` integer ticks from 0 to at least `max`, at a step of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

/**
 * Every how many buckets an x-axis label is drawn so labels keep MIN_LABEL_GAP between them: the longest label's
 * estimated width against the band each bucket gets.
 */
export function labelStride(labels: readonly string[], band: number): number {
  if (band <= 0) return Math.max(1, labels.length);
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return Math.max(1, Math.ceil((longest * CHAR_WIDTH + MIN_LABEL_GAP) / band));
}
