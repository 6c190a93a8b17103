/** Strings of the timeline. */
export const strings = { en: { heading: 'Timeline' }, ar: { heading: 'الخط الزمني' } };
