import type { Perpetrator } from '../domain/vocabulary';

/**
 * One colour per perpetrator, shared by the map, the legend and every chart. Okabe–Ito's colour-blind-safe set
 * (distinguishable with protanopia, deuteranopia and tritanopia); `unknown` is a neutral grey.
 */
export const PERPETRATOR_COLOURS: Record<Perpetrator, string> = {
  regime: '#D55E00',
  russia: '#0072B2',
  regime_russia: '#CC79A7',
  coalition: '#009E73',
  isis: '#000000',
  sdf: '#E69F00',
  opposition: '#56B4E9',
  unknown: '#8C8C8C',
};

/** Text colour that stays readable on each perpetrator colour. */
export const PERPETRATOR_TEXT: Record<Perpetrator, string> = {
  regime: '#ffffff',
  russia: '#ffffff',
  regime_russia: '#000000',
  coalition: '#ffffff',
  isis: '#ffffff',
  sdf: '#000000',
  opposition: '#000000',
  unknown: '#000000',
};

/** Records from a comparison dataset (UCDP GED): apart from every perpetrator colour, drawn hollow or dashed. */
export const DATASET_COLOUR = '#7a5c99';
