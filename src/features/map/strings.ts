/** Strings of the map. */
export const strings = { en: { heading: 'Map' }, ar: { heading: 'الخريطة' } };
