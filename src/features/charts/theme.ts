import type { ChartFrameLabels } from '../../lib/charts';

/**
 * Colours for what is not a perpetrator (perpetrators take PERPETRATOR_COLOURS from lib/palette, like the map).
 * Okabe–Ito hues the palette leaves free or darker variants, so they stay apart for colour-blind readers.
 */
export const FIGURE_COLOURS = {
  killed: '#b5462f',
  injured: '#e0a526',
  children: '#5b3b8c',
  women: '#2a7f9e',
} as const;

export const AGREEMENT_COLOURS = { higher: '#b5462f', same: '#9aa3ad', lower: '#2a6f9e' } as const;

export const TALLY_COLOUR = '#7a6f57';
export const INCIDENTS_SUM_COLOUR = '#1f3a4d';

/** The frame's button names, from the charts namespace. */
export const frameLabels = (t: (key: 'table' | 'download') => string): ChartFrameLabels => ({
  table: t('table'),
  download: t('download'),
});
