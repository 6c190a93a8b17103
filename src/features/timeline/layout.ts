/** Shared by the incident bars and the tally row below them, so both draw the same periods at the same x. */
export const AXIS_WIDTH = 44;
export const CHART_MARGIN = { top: 8, right: 4, bottom: 0, left: 4 };
export const INCIDENT_COLOUR = '#1f3a4d';
export const KILLED_COLOUR = '#b5462f';

/** One bucket as the charts draw it. */
export interface DisplayRow {
  key: string;
  /** First and last day of the bucket (ISO). */
  from: string;
  to: string;
  incidents: number;
  killed: number;
  killedMax: number;
  /** Killed per UCDP GED (its low estimates, spread like incidents) when the user compares with it. */
  datasetKilled: number | null;
}
