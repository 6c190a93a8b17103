/** Strings of the filters. */
export const strings = { en: { heading: 'Filters' }, ar: { heading: 'التصفية' } };
